import { describe, expect, it } from "vitest";
import { BUSY, createImageCache, createLimiter, type CachedImage } from "./image-cache";

const png = (n: number, fill = 1): CachedImage => ({
  body: new Uint8Array(n).fill(fill),
  type: "image/png",
  filename: "chart.png",
});

/** A render that finishes only when the test says so. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets every already-settled promise's continuations run. */
const settle = () => new Promise<void>((r) => setImmediate(r));

describe("image cache", () => {
  it("renders an image once and answers later requests with the same bytes", async () => {
    const cache = createImageCache({ maxBytes: 1 << 20, concurrency: 2, maxQueue: 16 });
    let renders = 0;
    const render = async () => (renders++, png(1000, 7));
    const first = await cache.get("hai-ha|2024|png", render);
    const second = await cache.get("hai-ha|2024|png", render);
    expect(first.status).toBe("rendered");
    expect(second.status).toBe("hit");
    if (first.status !== "rendered" || second.status !== "hit") throw new Error("unreachable");
    expect(second.image.body).toBe(first.image.body);
    expect(renders).toBe(1);
  });

  it("shares one render between requests for one image that arrive while it renders", async () => {
    const cache = createImageCache({ maxBytes: 1 << 20, concurrency: 2, maxQueue: 16 });
    const d = deferred<CachedImage>();
    let renders = 0;
    const render = () => (renders++, d.promise);
    const a = cache.get("k", render);
    const b = cache.get("k", render);
    d.resolve(png(10));
    expect((await a).status).toBe("rendered");
    expect((await b).status).toBe("rendered");
    expect(renders).toBe(1);
  });

  it("keeps no 'no such image', so a made-up request neither stays nor evicts", async () => {
    const cache = createImageCache({ maxBytes: 10_000, concurrency: 2, maxQueue: 16 });
    await cache.get("real", async () => png(2000));
    for (let i = 0; i < 1000; i++)
      expect((await cache.get(`atlantis-${i}`, async () => null)).status).toBe("none");
    expect(cache.has("real")).toBe(true);
    expect(cache.has("atlantis-0")).toBe(false);
  });

  it("drops the least recently used images once they hold more than the byte budget", async () => {
    const cache = createImageCache({ maxBytes: 10_000, concurrency: 2, maxQueue: 16 });
    for (const k of ["a", "b", "c", "d"]) await cache.get(k, async () => png(2000));
    await cache.get("a", async () => png(2000)); // a is now the most recently used
    await cache.get("e", async () => png(2000)); // 5 × ~2,100 > 10,000: b goes
    expect(cache.has("b")).toBe(false);
    expect(["a", "c", "d", "e"].every((k) => cache.has(k))).toBe(true);
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    // One image larger than a quarter of the budget is served but not kept.
    expect((await cache.get("huge", async () => png(3000))).status).toBe("rendered");
    expect(cache.has("huge")).toBe(false);
    expect(cache.has("a")).toBe(true);
  });

  it("answers busy when the renders and the queue are full, and renders again later", async () => {
    const cache = createImageCache({ maxBytes: 1 << 20, concurrency: 2, maxQueue: 3 });
    const gates = Array.from({ length: 5 }, () => deferred<CachedImage>());
    const pending = gates.map((g, i) => cache.get(`k${i}`, () => g.promise));
    await settle();
    expect(cache.limiter.active).toBe(2);
    expect(cache.limiter.waiting).toBe(3);
    expect(await cache.get("k5", async () => png(1))).toEqual({ status: "busy" });
    gates.forEach((g) => g.resolve(png(1)));
    for (const p of pending) expect((await p).status).toBe("rendered");
    // Busy is not remembered: the same image renders once there is room.
    expect((await cache.get("k5", async () => png(1))).status).toBe("rendered");
  });

  it("forgets a render that failed, so the next request tries again", async () => {
    const cache = createImageCache({ maxBytes: 1 << 20, concurrency: 1, maxQueue: 1 });
    await expect(cache.get("k", () => Promise.reject(new Error("resvg")))).rejects.toThrow();
    expect((await cache.get("k", async () => png(1))).status).toBe("rendered");
    expect(cache.limiter.active).toBe(0);
  });
});

describe("limiter", () => {
  it("never runs more than its concurrency at once, and runs every queued task", async () => {
    const limiter = createLimiter(2, 100);
    const gates = Array.from({ length: 20 }, () => deferred<number>());
    let running = 0;
    let peak = 0;
    const results = gates.map((g, i) =>
      limiter.run(async () => {
        running++;
        peak = Math.max(peak, running);
        const v = await g.promise;
        running--;
        return v + i;
      }),
    );
    // Finish the tasks in a scrambled order, a few at a time.
    for (const i of [3, 0, 1, 7, 2, 19, 4, 5, 6, 18, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]) {
      gates[i]!.resolve(100);
      await settle();
      expect(running).toBeLessThanOrEqual(2);
    }
    expect(await Promise.all(results)).toEqual(gates.map((_, i) => 100 + i));
    expect(peak).toBe(2);
    expect(limiter.active).toBe(0);
    expect(limiter.waiting).toBe(0);
  });

  it("refuses at once when the queue is full", async () => {
    const limiter = createLimiter(1, 1);
    const gate = deferred<string>();
    const first = limiter.run(() => gate.promise);
    const second = limiter.run(async () => "queued");
    expect(await limiter.run(async () => "refused?")).toBe(BUSY);
    gate.resolve("first");
    expect(await first).toBe("first");
    expect(await second).toBe("queued");
  });
});
