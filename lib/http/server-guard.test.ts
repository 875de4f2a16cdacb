import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "../security-headers";
import { methodNotAllowedMessage } from "./methods";
import {
  GUARD_HEADERS,
  guard,
  IMAGES_IN_FLIGHT_MAX,
  install,
  keepErrorsUncached,
  LIMITS,
} from "./server-guard.cjs";

type Raw = { status: number; headers: Record<string, string>; body: string; closedAfter: number };

/** Writes `text` to the server as it is (no client library tidies it) and reads the answer. */
function raw(port: number, text: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, "127.0.0.1");
    let out = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (out += chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", body = ""] = out.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers = Object.fromEntries(
        lines.map((l) => [
          l.slice(0, l.indexOf(":")).toLowerCase(),
          l.slice(l.indexOf(":") + 1).trim(),
        ]),
      );
      resolve({
        status: Number(statusLine.split(" ")[1] ?? 0),
        headers,
        body,
        closedAfter: Date.now() - started,
      });
    });
    socket.write(text);
  });
}

const request = (line: string, extra = "") =>
  `${line} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`;

// What reaches the application behind the guard: it echoes the request it was handed.
const seen: string[] = [];
// Chart images are held until released, as a slow render would hold them.
const held: http.ServerResponse[] = [];
const app: http.RequestListener = (req, res) => {
  seen.push(`${req.method} ${req.url} ${req.headers.host}`);
  if (req.url?.startsWith("/api/chart-image")) held.push(res);
  else if (req.url?.startsWith("/en/localities/made-up")) {
    // What Next does with a made-up view: the 404 page, with the view's own lifetime.
    res.statusCode = 404;
    res.setHeader("Cache-Control", "s-maxage=31536000");
    res.end("404");
  } else {
    res.setHeader("Cache-Control", "s-maxage=31536000");
    res.end(`app ${req.method} ${req.url}`);
  }
};

let server: http.Server;
let port = 0;
beforeAll(async () => {
  keepErrorsUncached(); // what install() does for the server Next creates
  // Short limits, so that a stalled client is cut off within the test's time.
  server = http.createServer(
    { headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 100 },
    guard(app),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("guard", () => {
  it("hands GET and HEAD for a path to the application", async () => {
    const get = await raw(port, request("GET /en/localities/hai-ha?year=2024"));
    expect(get.status).toBe(200);
    expect(get.body).toBe("app GET /en/localities/hai-ha?year=2024");
    expect((await raw(port, request("HEAD /api/figures"))).status).toBe(200);
  });

  it("answers every other method on a page with 405, Allow and no page, before the application", async () => {
    seen.length = 0;
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND"]) {
      const res = await raw(
        port,
        request(
          `${method} /en/localities/hai-ha/2024`,
          "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n",
        ) + "a=1",
      );
      expect(res.status, method).toBe(405);
      expect(res.headers.allow, method).toBe("GET, HEAD");
      expect(res.headers["cache-control"], method).toBe("no-store");
      expect(res.headers["content-type"], method).toBe("text/plain; charset=utf-8");
      expect(res.body, method).toBe("Method Not Allowed\n");
    }
    expect(seen).toEqual([]);
  });

  it("answers them on the API with the open-data JSON error naming the method", async () => {
    const res = await raw(port, request("TRACE /api/figures?year=2024"));
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET, HEAD");
    expect(res.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(res.body)).toEqual({
      error: { parameter: "method", message: methodNotAllowedMessage("TRACE") },
    });
    expect(JSON.parse((await raw(port, request("DELETE /api"))).body).error.parameter).toBe(
      "method",
    );
  });

  it("refuses an API parameter named __proto__, which Next's query object would lose", async () => {
    const res = await raw(port, request("GET /api/figures?__proto__=1"));
    expect(res.status).toBe(400);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(res.body)).toEqual({
      error: { parameter: "__proto__", message: "__proto__: unknown parameter" },
    });
    // A page, and an API parameter that merely mentions it, reach the application.
    expect((await raw(port, request("GET /en?x=__proto__"))).body).toBe("app GET /en?x=__proto__");
    expect((await raw(port, request("GET /api/figures?q=proto"))).status).toBe(200);
  });

  it('answers OPTIONS * itself (Next would throw on the URL "*" and answer 500)', async () => {
    const res = await raw(port, "OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(res.status).toBe(204);
    expect(res.headers.allow).toBe("GET, HEAD");
    expect(res.body).toBe("");
    expect((await raw(port, request("GET *"))).status).toBe(400);
  });

  it("rewrites an absolute-form target to a path, its host for the Host header's", async () => {
    seen.length = 0;
    const res = await raw(port, request("GET http://example.org:8080/vi?year=2024"));
    expect(res.status).toBe(200);
    expect(seen).toEqual(["GET /vi?year=2024 example.org:8080"]);
    expect((await raw(port, request("POST http://example.org/en"))).status).toBe(405);
  });

  it("sends the site-wide security headers with its own answers", async () => {
    const res = await raw(port, request("POST /en"));
    for (const [key, value] of Object.entries(GUARD_HEADERS))
      expect(res.headers[key.toLowerCase()], key).toBe(value);
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  it("cuts off a client that stalls in its headers or sends nothing", async () => {
    const stalled = await raw(port, "GET /en HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    expect(stalled.status).toBe(408);
    expect(stalled.closedAfter).toBeLessThan(2_000);
    const silent = await raw(port, "");
    expect(silent.closedAfter).toBeLessThan(2_000);
  });
});

describe("errors", () => {
  it("are never kept by a shared cache, whatever lifetime the application gave them", async () => {
    const missing = await raw(port, request("GET /en/localities/made-up/2024"));
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toBe("no-store");
    const view = await raw(port, request("GET /en/localities/hai-ha/2024"));
    expect(view.headers["cache-control"]).toBe("s-maxage=31536000");
  });
});

describe("chart images in flight", () => {
  it("answers 503 with Retry-After, before the application, once the limit is in flight", async () => {
    const image = (n: number) => `GET /api/chart-image?locality=hai-ha&n=${n}`;
    const inFlight = Array.from({ length: IMAGES_IN_FLIGHT_MAX }, (_, n) =>
      raw(port, request(image(n))),
    );
    await expect.poll(() => held.length).toBe(IMAGES_IN_FLIGHT_MAX);
    const busy = await raw(port, request(image(99)));
    expect(busy.status).toBe(503);
    expect(busy.headers["retry-after"]).toBe("2");
    expect(busy.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(busy.body)).toEqual({
      error: { message: "too many chart images are being drawn: retry shortly" },
    });
    expect(seen.some((l) => l.includes("n=99"))).toBe(false);
    // Pages are not counted: one still reaches the application.
    expect((await raw(port, request("GET /en/methodology"))).status).toBe(200);
    // Done responses free their places.
    for (const res of held.splice(0)) res.end("image");
    expect((await Promise.all(inFlight)).every((r) => r.status === 200)).toBe(true);
    const next = raw(port, request(image(100)));
    await expect.poll(() => held.length).toBe(1);
    held.splice(0).forEach((res) => res.end("image"));
    expect((await next).status).toBe(200);
  });
});

describe("GUARD_HEADERS", () => {
  it("are the site-wide headers (the policy aside: the guard's answers are never pages)", () => {
    const site = Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(Object.keys(GUARD_HEADERS).sort()).toEqual(Object.keys(site).sort());
    for (const [key, value] of Object.entries(GUARD_HEADERS))
      if (key !== "Content-Security-Policy") expect(value, key).toBe(site[key]);
  });
});

describe("install", () => {
  it("makes http.createServer guard its listener and close slow clients within 15 s", async () => {
    const original = http.createServer;
    try {
      install();
      install(); // once only
      const s = http.createServer(app);
      expect(s.headersTimeout).toBe(10_000);
      expect(s.requestTimeout).toBe(20_000);
      expect(LIMITS.headersTimeout + LIMITS.connectionsCheckingInterval).toBeLessThanOrEqual(
        15_000,
      );
      await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
      const p = (s.address() as net.AddressInfo).port;
      expect((await raw(p, request("PUT /vi"))).status).toBe(405);
      expect((await raw(p, request("GET /vi"))).body).toBe("app GET /vi");
      await new Promise<void>((r) => s.close(() => r()));
    } finally {
      Reflect.set(http, "createServer", original);
    }
  });
});
