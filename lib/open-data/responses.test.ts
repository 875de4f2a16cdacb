import { describe, expect, it } from "vitest";
import { badRequest, notFoundError, OPEN_DATA_CACHE, openDataRoute } from "./responses";

describe("error responses", () => {
  it("are never stored: 400 naming the parameter, 404 saying what is missing", async () => {
    const bad = badRequest({ parameter: "__proto__", message: "unknown parameter" });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("cache-control")).toBe("no-store");
    expect(await bad.json()).toEqual({
      error: { parameter: "__proto__", message: "__proto__: unknown parameter" },
    });
    const missing = notFoundError("no comparison for this locality, indicator, year and basis");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
  });
});

describe("openDataRoute", () => {
  const route = openDataRoute(async (status: number, cacheControl?: string) =>
    Response.json({}, { status, headers: cacheControl ? { "cache-control": cacheControl } : {} }),
  );

  it("lets shared caches keep a success for the open data's day", async () => {
    expect((await route(200)).headers.get("cache-control")).toBe(OPEN_DATA_CACHE);
    expect(OPEN_DATA_CACHE).toContain("s-maxage=86400");
  });

  it("keeps no error, and leaves a handler's own Cache-Control alone", async () => {
    expect((await route(400)).headers.get("cache-control")).toBe("no-store");
    expect((await route(404)).headers.get("cache-control")).toBe("no-store");
    expect((await route(500)).headers.get("cache-control")).toBe("no-store");
    expect((await route(200, "no-cache")).headers.get("cache-control")).toBe("no-cache");
  });
});
