// A cached view's own script policy: the site-wide CSP (lib/security-headers.ts) must allow
// inline scripts, because Next writes each page's data in inline <script> tags and views are
// served from a cache, where a per-request nonce cannot be. But a cached view's inline scripts
// are fixed once it is rendered, so cache-handler.cjs sends a second policy with each view that
// allows exactly those scripts, by hash. A browser enforces both policies: on a view, only this
// site's script files and the view's own inline scripts run. CommonJS, because the cache
// handler is loaded by Next as it is, outside the TypeScript build.
"use strict";
const { createHash } = require("node:crypto");

// An inline script's text runs from its opening tag to the first "</script" (HTML's rule);
// React escapes "<" inside the page data it writes there, so the text never holds one early.
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script/gi;

/**
 * The base64 SHA-256 of each distinct inline script's text, in page order (CSP hash source).
 * @param {string} html
 * @returns {string[]}
 */
function inlineScriptHashes(html) {
  /** @type {string[]} */
  const hashes = [];
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const hash = createHash("sha256")
      .update(m[1] ?? "", "utf8")
      .digest("base64");
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/**
 * The second policy for a rendered page: this site's script files and these inline scripts only.
 * @param {string} html
 * @returns {string}
 */
function pageScriptPolicy(html) {
  return ["script-src 'self'", ...inlineScriptHashes(html).map((h) => `'sha256-${h}'`)].join(" ");
}

module.exports = { inlineScriptHashes, pageScriptPolicy };
