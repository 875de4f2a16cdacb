// The HTTP server's own rules, applied before Next sees a request: installed by
// lib/http/preload.cjs, which scripts/start.sh loads first (`node --require`). CommonJS, because
// Node loads it as it is, outside the TypeScript build.
//
// Why here and not in proxy.ts: the proxy's matcher skips view paths (it halves a cached page's
// throughput, BENCHMARKS.md) and can match on path, header, cookie, query and host, never on the
// method, so it cannot refuse a POST to a view without running on every view request. Here the
// rule costs two string comparisons. And two requests never reach any Next code that could answer
// them: `OPTIONS *` (Next parses "*" as a URL, throws, and answers 500) and TRACE (a route module
// answers a method it does not know with 400). Next also exposes none of Node's timeouts but
// keepAliveTimeout (`next start --keepAliveTimeout`, which scripts/start.sh passes).
"use strict";
const http = require("node:http");

const ALLOW = "GET, HEAD";

// The site-wide headers (lib/security-headers.ts, which this CommonJS file cannot import; a test
// keeps the two equal) with a policy for what the guard sends: a few words of text or JSON.
/** @type {Record<string, string>} */
const GUARD_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

// A client has 10 s to send its request line and headers, 20 s for the whole request (GET and
// HEAD have no body, so the same in practice); Node's defaults are 60 s and 5 min. Node checks
// every connectionsCheckingInterval (default 30 s), so a client that stalls mid-headers, or
// connects and sends nothing, is answered 408 and cut off within 15 s. Between requests on a
// kept-alive connection Node's keepAliveTimeout applies instead (see scripts/start.sh). All three
// are options of http.createServer, which install() passes.
const LIMITS = {
  headersTimeout: 10_000,
  requestTimeout: 20_000,
  connectionsCheckingInterval: 5_000,
};

const API = /^\/api(?:[/?#]|$)/;
const CHART_IMAGE = "/api/chart-image";

// Chart image requests Next is handling at once, at most. The route draws two at a time with 16
// waiting and answers 503 beyond that (app/api/chart-image/route.ts), but that answer still costs
// a trip through Next, about 2 ms of the only thread: at 50 connections asking for images, a
// cached page waited 350 ms (p95) behind them (BENCHMARKS.md). Here the busy answer costs two
// comparisons and a counter, so a page keeps its place. The same body as the route's.
const IMAGES_IN_FLIGHT_MAX = 20;
const IMAGES_BUSY = JSON.stringify({
  error: { message: "too many chart images are being drawn: retry shortly" },
});
let imagesInFlight = 0;
const BAD_REQUEST = { "Content-Type": "text/plain; charset=utf-8", Connection: "close" };

/**
 * The guard's own answer. A refused request's body, if any, is read and dropped by Node, and the
 * connection kept: closing it with the body unread could reset it before the client reads this.
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string} [body]
 */
function answer(res, status, headers, body) {
  res.writeHead(status, {
    ...GUARD_HEADERS,
    "Cache-Control": "no-store",
    ...(body === undefined ? {} : { "Content-Length": String(Buffer.byteLength(body)) }),
    ...headers,
  });
  res.end(body);
}

/**
 * The JSON error an API URL answers a method other than GET or HEAD with (the same as
 * lib/http/methods.ts methodNotAllowed).
 * @param {string} method
 */
function methodNotAllowedBody(method) {
  const message = `method: ${method} is not allowed; use GET or HEAD`;
  return JSON.stringify({ error: { parameter: "method", message } });
}

/**
 * An absolute-form request target (`GET http://host/en HTTP/1.1`, which RFC 9112 says a server
 * must accept) rewritten to the origin form Next expects, its host taking the Host header's place.
 * False when the target is no http(s) URL.
 * @param {http.IncomingMessage} req
 */
function toOriginForm(req) {
  if (!URL.canParse(req.url ?? "")) return false;
  const target = new URL(req.url ?? "");
  if (target.protocol !== "http:" && target.protocol !== "https:") return false;
  req.url = `${target.pathname}${target.search}`;
  req.headers.host = target.host;
  return true;
}

/**
 * Answers what must not reach Next; true when it did. Node itself answers 400 to a request target
 * that is neither a path, `*` nor an absolute URL, and to a method it does not know.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function refuse(req, res) {
  const method = req.method ?? "";
  if (req.url === "*") {
    // RFC 9110 §9.3.7: `OPTIONS *` asks about the server itself (a "ping"): what it allows.
    if (method === "OPTIONS") answer(res, 204, { Allow: ALLOW, Connection: "close" });
    else answer(res, 400, BAD_REQUEST, "Bad Request\n");
    return true;
  }
  if (!req.url?.startsWith("/") && !toOriginForm(req)) {
    answer(res, 400, BAD_REQUEST, "Bad Request\n");
    return true;
  }
  if (method === "GET" || method === "HEAD") return false;
  // Nothing on the site writes, views are served from a cache that a POST must not re-render, and
  // a 405 before any routing costs nothing: every other method gets it, with no page in the body.
  if (API.test(req.url ?? ""))
    answer(
      res,
      405,
      { Allow: ALLOW, "Content-Type": "application/json" },
      methodNotAllowedBody(method),
    );
  else
    answer(
      res,
      405,
      { Allow: ALLOW, "Content-Type": "text/plain; charset=utf-8" },
      "Method Not Allowed\n",
    );
  return true;
}

/**
 * Next copies a request's query into a plain object before a route sees it, where a parameter
 * named `__proto__` sets the prototype instead and vanishes: `/api/figures?__proto__=1` would
 * pass as no parameter at all. The open-data routes refuse every unknown parameter, so this one
 * is refused here, while it can still be seen, with the same JSON error (lib/open-data/query.ts).
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function refuseLostParameter(req, res) {
  const url = req.url ?? "";
  if (!API.test(url) || !/proto/i.test(url) || !URL.canParse(url, "http://x")) return false;
  for (const key of new URL(url, "http://x").searchParams.keys())
    if (key === "__proto__") {
      const body = JSON.stringify({
        error: { parameter: key, message: `${key}: unknown parameter` },
      });
      answer(res, 400, { "Content-Type": "application/json" }, body);
      return true;
    }
  return false;
}

/**
 * Counts a chart image request in until its response is done; answers 503 with Retry-After
 * instead when IMAGES_IN_FLIGHT_MAX are already in. True when admitted.
 * @param {http.ServerResponse} res
 */
function admitImage(res) {
  if (imagesInFlight >= IMAGES_IN_FLIGHT_MAX) {
    answer(res, 503, { "Content-Type": "application/json", "Retry-After": "2" }, IMAGES_BUSY);
    return false;
  }
  imagesInFlight++;
  res.once("close", () => imagesInFlight--);
  return true;
}

/**
 * Makes every error response `Cache-Control: no-store`. Next gives the 404 of a made-up view the
 * view's own lifetime (`s-maxage=31536000`, a year, as for any page rendered once), so a shared
 * cache, nginx in deploy/ included, would keep each made-up URL's 404 for a year, and keep
 * answering 404 for a locality added by the next seed. Node calls writeHead for every response,
 * explicit or not, so this sees the final status. Patched once on the prototype: a writeHead of
 * its own on each response (a closure per request) halved a cached page's throughput (national
 * locality page at 10 connections: 379–418 against 663–853 req/s).
 */
function keepErrorsUncached() {
  const proto = http.ServerResponse.prototype;
  if (Reflect.get(proto.writeHead, INSTALLED)) return;
  const writeHead = proto.writeHead;
  /**
   * @this {http.ServerResponse}
   * @param {number} status
   * @param {any} [reason]
   * @param {any} [headers]
   */
  function writeHeadUncachedErrors(status, reason, headers) {
    if (status >= 400 && !this.headersSent) this.setHeader("Cache-Control", "no-store");
    return Reflect.apply(writeHead, this, [status, reason, headers]);
  }
  Reflect.set(writeHeadUncachedErrors, INSTALLED, true);
  proto.writeHead = /** @type {any} */ (writeHeadUncachedErrors);
}

/**
 * A request listener that hands Next only GET and HEAD requests for a path.
 * @param {http.RequestListener} listener
 * @returns {http.RequestListener}
 */
function guard(listener) {
  /** @this {http.Server} @type {http.RequestListener} */
  return function guarded(req, res) {
    // The common case first: one comparison of the method, one of the first character.
    const method = req.method;
    if ((method === "GET" || method === "HEAD") && req.url?.charCodeAt(0) === 47) {
      if (refuseLostParameter(req, res)) return;
      if (req.url.startsWith(CHART_IMAGE) && !admitImage(res)) return;
      return listener.call(this, req, res);
    }
    if (!refuse(req, res)) return listener.call(this, req, res);
  };
}

const INSTALLED = Symbol.for("chi-tieu.server-guard");

/**
 * Makes every server http.createServer creates from now on guarded and limited. Next's
 * `next start` creates exactly one, with its request listener as the only argument.
 */
function install() {
  const create = http.createServer;
  if (Reflect.get(create, INSTALLED)) return;
  /** @param {...unknown} args */
  function createGuardedServer(...args) {
    const last = typeof args.at(-1) === "function" ? args.pop() : undefined;
    const listener = /** @type {http.RequestListener | undefined} */ (last);
    const options = typeof args[0] === "object" && args[0] !== null ? args[0] : {};
    return create.call(http, { ...LIMITS, ...options }, listener && guard(listener));
  }
  Reflect.set(createGuardedServer, INSTALLED, true);
  Reflect.set(http, "createServer", createGuardedServer);
  keepErrorsUncached();
}

module.exports = {
  GUARD_HEADERS,
  IMAGES_IN_FLIGHT_MAX,
  LIMITS,
  guard,
  install,
  keepErrorsUncached,
};
