import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { load, percentile } from "./load";

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 99)).toBe(99);
  });
});

describe("load", () => {
  it("counts requests and non-2xx answers against a loopback server", async () => {
    let n = 0;
    const server = http.createServer((_, res) => {
      n++;
      res.statusCode = n % 2 ? 200 : 404;
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    const r = await load(`http://127.0.0.1:${port}/`, 2, 0.3);
    server.close();
    expect(r.requests).toBe(n);
    expect(r.non2xx).toBe(Math.floor(n / 2));
    expect(r.errors).toBe(0);
    expect(r.p95).toBeGreaterThanOrEqual(r.p50);
  });
  it("takes a mix of URLs in turn", async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.url ?? "");
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    const r = await load([`http://127.0.0.1:${port}/a`, `http://127.0.0.1:${port}/b?x=1`], 1, 0.2);
    server.close();
    expect(r.requests).toBeGreaterThan(2);
    expect(seen.slice(0, 4)).toEqual(["/a", "/b?x=1", "/a", "/b?x=1"]);
  });
  it("refuses anything but loopback", async () => {
    await expect(load("http://192.0.2.1/", 1, 0.1)).rejects.toThrow("loopback");
  });
});
