// Chart images cost a render each (the database, the SVG, and for a PNG a rasterisation of a
// megapixel or more). The data cannot change while the server runs, so each image is rendered
// once and kept, in memory, least recently used dropped first once the images hold `maxBytes`.
// Renders that miss run at most `concurrency` at a time with at most `maxQueue` waiting: beyond
// that the caller is told "busy" at once (the route answers 503) instead of queueing without
// bound. Only images are kept; a "no such image" is not, so made-up parameters never evict one.

/** A finished image as the route sends it. */
export type CachedImage = { body: Uint8Array; type: string; filename: string };

export type ImageResult =
  { status: "hit" | "rendered"; image: CachedImage } | { status: "none" } | { status: "busy" };

export const BUSY: unique symbol = Symbol("busy");

/** Runs tasks at most `concurrency` at a time; refuses (BUSY) when `maxQueue` already wait. */
export function createLimiter(concurrency: number, maxQueue: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  async function run<T>(task: () => Promise<T>): Promise<T | typeof BUSY> {
    if (active < concurrency) active++;
    else if (waiting.length >= maxQueue) return BUSY;
    // A released slot is handed to the first waiter as it is: `active` stays counted.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  }
  return {
    run,
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

/** Rough bytes an entry holds: its body, plus its strings (UTF-16) and the entry itself. */
const sizeOf = (img: CachedImage) =>
  img.body.byteLength + (img.type.length + img.filename.length) * 2 + 64;

export function createImageCache(opts: {
  maxBytes: number;
  concurrency: number;
  maxQueue: number;
}) {
  const entries = new Map<string, CachedImage>(); // Map order = recency
  const rendering = new Map<string, Promise<ImageResult>>();
  const limiter = createLimiter(opts.concurrency, opts.maxQueue);
  let total = 0;

  function keep(key: string, image: CachedImage) {
    const size = sizeOf(image);
    if (size > opts.maxBytes / 4) return; // one huge image must not evict everything else
    entries.set(key, image);
    total += size;
    for (const [k, e] of entries) {
      if (total <= opts.maxBytes) break;
      entries.delete(k);
      total -= sizeOf(e);
    }
  }

  /**
   * The image under `key`: kept, or rendered now by `render` (null: there is no such image).
   * Requests for one key while it renders share that render.
   */
  function get(key: string, render: () => Promise<CachedImage | null>): Promise<ImageResult> {
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return Promise.resolve({ status: "hit", image: hit });
    }
    const pending = rendering.get(key);
    if (pending) return pending;
    const result = (async (): Promise<ImageResult> => {
      const image = await limiter.run(render);
      if (image === BUSY) return { status: "busy" };
      if (!image) return { status: "none" };
      keep(key, image);
      return { status: "rendered", image };
    })().finally(() => rendering.delete(key));
    rendering.set(key, result);
    return result;
  }

  return {
    get,
    limiter,
    get bytes() {
      return total;
    },
    has: (key: string) => entries.has(key),
  };
}
