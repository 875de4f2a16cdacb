import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The page cache Next loads as it is (next.config.ts cacheHandler), outside the TypeScript build.
type Handler = {
  get(key: string): Promise<{ value: { html?: Buffer | string; status?: number } } | null>;
  set(key: string, data: Record<string, unknown> | null, ctx?: { tags?: string[] }): Promise<void>;
};

const requireCjs = createRequire(import.meta.url);
const file = path.resolve(import.meta.dirname, "../cache-handler.cjs");
let handler: Handler;
const saved = process.env.CACHE_MAX_MB;

beforeAll(() => {
  // A 1 MB cache, read when the module loads: a fresh copy of the module with its own entries.
  process.env.CACHE_MAX_MB = "1";
  delete requireCjs.cache[file];
  const MemoryCacheHandler = requireCjs(file) as new () => Handler;
  handler = new MemoryCacheHandler();
});
afterAll(() => {
  delete requireCjs.cache[file];
  if (saved === undefined) delete process.env.CACHE_MAX_MB;
  else process.env.CACHE_MAX_MB = saved;
});

/** A rendered view as Next offers it: an APP_PAGE entry with its HTML as a string. */
const page = (html: string, status?: number) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("0:{}"),
  headers: {} as Record<string, string>,
  postponed: undefined,
  status,
  segmentData: undefined,
});

describe("page cache", () => {
  it("keeps a real view through 10,000 made-up URLs' 404s, and keeps none of them", async () => {
    const script = "<script>self.__next_f=[1]</script>";
    const view = `<html><body><h1>Hải Hà 2024</h1>${script}${"x".repeat(20_000)}</body></html>`;
    await handler.set("/en/locality/hai-ha/2024", page(view, 200));
    for (let i = 0; i < 10_000; i++) {
      // ~2 kB each: 20 MB in all, twenty times the budget were they kept.
      const notFound = page(
        `<html><h1>Not found</h1>${"y".repeat(2_000)}<!-- ${i} --></html>`,
        404,
      );
      await handler.set(`/en/locality/atlantis-${i}/2024`, notFound);
    }
    const hit = await handler.get("/en/locality/hai-ha/2024");
    expect(hit).not.toBeNull();
    expect(Buffer.from(hit!.value.html as Buffer).toString("utf8")).toBe(view);
    expect(await handler.get("/en/locality/atlantis-0/2024")).toBeNull();
    expect(await handler.get("/en/locality/atlantis-9999/2024")).toBeNull();
  });

  it("still gives a 404's first (and only) response its page script policy", async () => {
    const notFound = page("<html><script>self.__next_f=[2]</script></html>", 404);
    await handler.set("/vi/locality/atlantis/2024", notFound);
    expect(notFound.headers["content-security-policy"]).toMatch(/^script-src 'self' 'sha256-/);
    expect(await handler.get("/vi/locality/atlantis/2024")).toBeNull();
  });

  it("a key that becomes a 404 is no longer served from the cache", async () => {
    await handler.set("/en/indicator/budget-revenue/2024/2", page("<html>page 2</html>", 200));
    expect(await handler.get("/en/indicator/budget-revenue/2024/2")).not.toBeNull();
    await handler.set("/en/indicator/budget-revenue/2024/2", page("<html>gone</html>", 404));
    expect(await handler.get("/en/indicator/budget-revenue/2024/2")).toBeNull();
  });

  it("still drops the least recently used views beyond CACHE_MAX_MB", async () => {
    const big = (n: number) => page(`<html>${String(n).repeat(200_000)}</html>`, 200);
    for (let n = 1; n <= 8; n++) await handler.set(`/view-${n}`, big(n)); // 8 × 200 kB > 1 MB
    expect(await handler.get("/view-1")).toBeNull();
    expect(await handler.get("/view-8")).not.toBeNull();
  });

  it("holds a view's full flight data once when Next repeats it as the /_full segment", async () => {
    // Six views of 100 kB flight data each, repeated as /_full: 1.2 MB held twice, more than the
    // 1 MB cache; 0.6 MB held once, so all six stay.
    const flight = (n: number) => Buffer.from(String(n).repeat(100_000));
    for (let n = 1; n <= 6; n++)
      await handler.set(`/flight-${n}`, {
        ...page("<html></html>", 200),
        rscData: flight(n),
        segmentData: new Map([
          ["/_tree", Buffer.from("tree")],
          ["/_full", flight(n)],
        ]),
      });
    const kept = (await handler.get("/flight-6"))?.value as {
      rscData: Buffer;
      segmentData: Map<string, Buffer>;
    };
    expect(kept.segmentData.get("/_full")).toBe(kept.rscData);
    expect(kept.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(await handler.get("/flight-1")).not.toBeNull();
  });
});
