import net from "node:net";
import { expect, test } from "@playwright/test";

// The HTTP contract on every response: GET and HEAD only (405 with Allow for the rest, before
// anything renders), no 5xx for any request, errors never cached, unknown parameters refused
// whatever their name. Most of it is lib/http/server-guard.cjs, loaded by scripts/start.sh.

type Raw = { status: number; headers: Record<string, string>; body: string; closedAfter: number };

/** Writes `text` to the server as it is (no client tidies it up) and reads until it closes. */
function raw(baseURL: string | undefined, text: string): Promise<Raw> {
  const { hostname, port } = new URL(baseURL ?? "");
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(Number(port), hostname);
    let out = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (out += chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", ...rest] = out.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers = Object.fromEntries(
        lines.map((l) => [
          l.slice(0, l.indexOf(":")).toLowerCase(),
          l.slice(l.indexOf(":") + 1).trim(),
        ]),
      );
      const status = Number(statusLine.split(" ")[1] ?? 0);
      resolve({ status, headers, body: rest.join("\r\n\r\n"), closedAfter: Date.now() - started });
    });
    socket.write(text);
  });
}
const requestLine = (line: string) =>
  `${line} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;

const PAGES = [
  "/en",
  "/vi/localities/hai-ha/2024",
  "/en/localities/ninh-thuan?year=2024",
  "/en/methodology",
  "/en/sources/003_a07391bbfb521831",
  "/en/localities/atlantis",
  "/fr",
  "/",
  "/_next/static/nope.js",
];
const API = [
  "/api/figures?year=2024",
  "/api/figures.csv?locality=hai-ha",
  "/api/comparisons.xlsx",
  "/api/chart-image?locality=hai-ha&indicator=total-production-value&year=2024",
  "/api/nope",
];

test("every method but GET and HEAD gets 405 with Allow, no page and no cache, pages and API alike", async ({
  request,
}) => {
  test.setTimeout(120_000);
  for (const path of [...PAGES, ...API]) {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      // A form post is what Next would take for a server action and render the page anew for.
      const res = await request.fetch(path, {
        method,
        data: "locality=x",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        maxRedirects: 0,
      });
      const at = `${method} ${path}`;
      expect(res.status(), at).toBe(405);
      expect(res.headers().allow, at).toBe("GET, HEAD");
      expect(res.headers()["cache-control"], at).toBe("no-store");
      expect(res.headers()["x-nextjs-cache"], at).toBeUndefined();
      const body = await res.text();
      expect(body, at).not.toMatch(/<html|<!DOCTYPE/i);
      if (path.startsWith("/api/"))
        expect(JSON.parse(body), at).toEqual({
          error: {
            parameter: "method",
            message: `method: ${method} is not allowed; use GET or HEAD`,
          },
        });
      else expect(body, at).toBe("Method Not Allowed\n");
    }
  }
  // HEAD is GET without the body.
  const head = await request.head("/vi/localities/hai-ha/2024");
  expect(head.status()).toBe(200);
  expect(await head.text()).toBe("");
});

test("a POST to a view renders nothing: the first GET after it is still the render", async ({
  request,
}) => {
  // A view no other test asks for.
  const view = "/vi/localities/binh-xuyen/2023.achieved.social";
  for (const headers of [
    { "content-type": "application/x-www-form-urlencoded" },
    { "content-type": "text/plain;charset=UTF-8", "next-action": "0123456789abcdef" },
    { "content-type": "multipart/form-data; boundary=x" },
  ] as Record<string, string>[]) {
    const res = await request.post(view, { headers, data: "a=1" });
    expect(res.status(), JSON.stringify(headers)).toBe(405);
  }
  const first = await request.get(view);
  expect(first.status()).toBe(200);
  expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
  expect((await request.get(view)).headers()["x-nextjs-cache"]).toBe("HIT");
});

test("TRACE gets 405 on the API and on pages", async ({ baseURL }) => {
  const api = await raw(baseURL, requestLine("TRACE /api/figures?year=2024"));
  expect(api.status).toBe(405);
  expect(api.headers.allow).toBe("GET, HEAD");
  expect(JSON.parse(api.body)).toEqual({
    error: { parameter: "method", message: "method: TRACE is not allowed; use GET or HEAD" },
  });
  const page = await raw(baseURL, requestLine("TRACE /en"));
  expect(page.status).toBe(405);
  expect(page.body).not.toContain("<html");
});

test("OPTIONS * is answered (Next alone would throw on the URL and answer 500)", async ({
  baseURL,
}) => {
  const res = await raw(baseURL, "OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  expect(res.status).toBe(204);
  expect(res.headers.allow).toBe("GET, HEAD");
  expect(res.headers["x-content-type-options"]).toBe("nosniff");
  expect((await raw(baseURL, requestLine("GET *"))).status).toBe(400);
});

test("an absolute-form request target is served like its path", async ({ baseURL }) => {
  const res = await raw(baseURL, requestLine(`GET ${baseURL}/en/methodology`));
  expect(res.status).toBe(200);
  expect(res.body).toContain("<html");
});

test("the server's own answers carry the security headers", async ({ request }) => {
  const h = (await request.post("/en")).headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).not.toContain("unsafe");
  expect(h["strict-transport-security"]).toContain("max-age=");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
  expect(h["cross-origin-resource-policy"]).toBe("same-origin");
  expect(h["permissions-policy"]).not.toContain("interest-cohort");
});

test("a client that stalls in its headers is cut off within 20 s", async ({ baseURL }) => {
  test.setTimeout(60_000);
  const res = await raw(baseURL, "GET /en HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
  expect(res.status).toBe(408);
  expect(res.closedAfter).toBeLessThan(20_000);
});

test("the image optimiser is off: /_next/image answers 404 or 400, never fetches", async ({
  request,
}) => {
  for (const path of [
    "/_next/image?url=%2Ficon.svg&w=64&q=75",
    "/_next/image?url=https%3A%2F%2Fexample.com%2Fa.png&w=256&q=75",
  ]) {
    const res = await request.get(path);
    expect([400, 404], path).toContain(res.status());
  }
});

test("unknown parameters are refused whatever their name, and API errors are never cached", async ({
  request,
}) => {
  for (const name of ["__proto__", "constructor", "toString"])
    for (const path of [
      "/api/figures",
      "/api/comparisons.csv",
      "/api/chart-image?locality=hai-ha&indicator=total-production-value&year=2024&",
    ]) {
      const url = `${path}${path.includes("?") ? "" : "?"}${name}=1`;
      const res = await request.get(url);
      expect(res.status(), url).toBe(400);
      expect(res.headers()["cache-control"], url).toBe("no-store");
      expect(await res.json(), url).toEqual({
        error: { parameter: name, message: `${name}: unknown parameter` },
      });
    }
  const bad = await request.get("/api/figures?year=abc");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["cache-control"]).toBe("no-store");
  // Hải Hà has no figures for 2021: no comparison to draw.
  const missing = await request.get(
    "/api/chart-image?locality=hai-ha&indicator=total-production-value&year=2021",
  );
  expect(missing.status()).toBe(404);
  expect(missing.headers()["cache-control"]).toBe("no-store");
  const nope = await request.get("/api/nope");
  expect(nope.status()).toBe(404);
  expect(nope.headers()["cache-control"]).toContain("no-store");
  const broken = await request.get("/api/figures%E0%A4%A");
  expect(broken.status()).toBe(400);
  expect(broken.headers()["cache-control"]).toContain("no-store");
  // Successes are still kept for the open data's day (e2e/caching.spec.ts).
  expect((await request.get("/api/figures?year=2024")).headers()["cache-control"]).toContain(
    "s-maxage=86400",
  );
});

test("a cached view's language link never carries its first visitor's query string", async ({
  request,
}) => {
  // A view no other test asks for: the first request below renders it, the second is the cache.
  const view = "/en/localities/huong-hoa/2022.all.economy";
  const first = await request.get(`${view}?_rsc=abc&utm_source=x`);
  expect(first.status()).toBe(200);
  const second = await request.get(view);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  for (const res of [first, second]) {
    const link = /<a\b[^>]*\bhreflang="vi"[^>]*>/i.exec(await res.text())?.[0] ?? "";
    expect(link).toContain('href="/vi/localities/huong-hoa/2022.all.economy"');
    expect(link).not.toContain("_rsc");
    expect(link).not.toContain("utm_source");
  }
  // An old query-string link's view links the other language's view by its path.
  const old = await (await request.get("/en/localities/ninh-thuan?year=2024&status=missed")).text();
  expect(/<a\b[^>]*\bhreflang="vi"[^>]*>/i.exec(old)?.[0]).toContain(
    'href="/vi/localities/ninh-thuan/2024.missed"',
  );
});
