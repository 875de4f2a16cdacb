// Next's page cache, kept in memory and bounded. The default cache also writes every rendered
// view to disk under .next/server/route-cache — including the 404 of every made-up URL, so a
// crawler or an attacker could fill the disk. Here the least recently used views are dropped
// once the cache holds CACHE_MAX_MB (default 256) megabytes, and a 404 (any error) is never kept.
// The database is read-only while serving, so nothing ever needs revalidating; a restart starts
// empty.
"use strict";
const { pageScriptPolicy } = require("./lib/csp/page-policy.cjs");

const MAX_BYTES = Number(process.env.CACHE_MAX_MB || 256) * 1024 * 1024;

/**
 * Rough size of a cache entry: the bytes of its strings and buffers.
 * @param {unknown} value
 * @returns {number}
 */
function sizeOf(value, depth = 0, seen = new Set()) {
  if (value == null || depth > 4) return 0;
  if (typeof value === "string") return value.length * 2;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
    if (seen.has(value)) return 0; // shared (see shareFull): held once
    seen.add(value);
    return value.byteLength;
  }
  if (value instanceof Map) {
    let n = 0;
    for (const [k, v] of value) n += sizeOf(k, depth + 1, seen) + sizeOf(v, depth + 1, seen);
    return n;
  }
  if (typeof value === "object") {
    let n = 0;
    for (const [, v] of Object.entries(value)) n += sizeOf(v, depth + 1, seen);
    return n;
  }
  return 8;
}

/** @typedef {{ kind?: string, html?: string | Buffer, rscData?: Buffer, segmentData?: Map<string, Buffer>, headers?: Record<string, string>, status?: number }} CacheValue */

/**
 * A page's segment data with its "/_full" segment replaced by the page's own flight data (rscData)
 * when the bytes are the same, as Next 16 makes them: held once instead of twice, a quarter of a
 * national district view's entry (2.9 → 2.1 MB).
 * @param {CacheValue} data
 */
function shareFull(data) {
  const segments = data.segmentData;
  const full = segments?.get("/_full");
  const rsc = data.rscData;
  if (!segments || !Buffer.isBuffer(full) || !Buffer.isBuffer(rsc) || !full.equals(rsc))
    return segments;
  return new Map([...segments].map(([k, v]) => [k, v === full ? rsc : v]));
}
/** @typedef {{ value: CacheValue, lastModified: number, tags: string[], size: number }} Entry */
/** @type {Map<string, Entry>} key → entry; Map order = recency */
const entries = new Map();
let total = 0;

module.exports = class MemoryCacheHandler {
  constructor() {}

  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, tags: entry.tags };
  }

  /**
   * @param {string} key
   * @param {CacheValue | null} data
   * @param {{ tags?: string[] } | undefined} ctx
   */
  async set(key, data, ctx) {
    const old = entries.get(key);
    if (old) {
      total -= old.size;
      entries.delete(key);
    }
    if (data == null) return;
    // Keep a page's HTML as UTF-8 bytes, not a string. Next then writes the bytes as they are;
    // from a string it would encode the whole page to UTF-8 on every request (most of a cached
    // page's cost), and Vietnamese text held as a JS string takes twice the memory.
    if (data.kind === "APP_PAGE" && typeof data.html === "string") {
      // The view's own script policy, sent beside the site-wide one (see lib/csp/page-policy.cjs).
      // Set on Next's headers object itself, which the first response shares, so that response
      // carries it too and not only the ones served from here.
      if (data.headers) data.headers["content-security-policy"] = pageScriptPolicy(data.html);
      data = { ...data, html: Buffer.from(data.html, "utf8"), segmentData: shareFull(data) };
    }
    // Only real views are kept. Next renders the 404 of a made-up slug, year or page like a view
    // and offers it here (status 404): kept, every made-up URL would push a real view out. It is
    // still answered (from its render, CSP header included), only rendered again next time.
    if (typeof data.status === "number" && data.status >= 400) return;
    const size = sizeOf(data);
    if (size > MAX_BYTES / 4) return; // one huge view must not evict everything else
    entries.set(key, {
      value: data,
      lastModified: Date.now(),
      tags: (ctx && ctx.tags) || [],
      size,
    });
    total += size;
    for (const [k, e] of entries) {
      if (total <= MAX_BYTES) break;
      entries.delete(k);
      total -= e.size;
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const wanted = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [k, e] of entries)
      if (e.tags.some((t) => wanted.has(t))) {
        entries.delete(k);
        total -= e.size;
      }
  }

  resetRequestCache() {}
};
