import { env } from "./env";

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * The public origin for absolute links (permalinks in images, og:image): SITE_URL when set, else
 * the request's own host. A malformed Host header falls back to localhost rather than being
 * echoed into pages and images.
 */
export function siteOrigin(headers: Headers): string {
  if (env.SITE_URL) return env.SITE_URL.replace(/\/$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "";
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return HOST.test(host) ? `${proto}://${host}` : "http://localhost";
}

/**
 * The origin for pages rendered once and cached (no request to read a host from): SITE_URL, or
 * this server on localhost. Set SITE_URL in production so shared links carry the public host.
 */
export function staticOrigin(): string {
  return env.SITE_URL
    ? env.SITE_URL.replace(/\/$/, "")
    : `http://localhost:${process.env.PORT ?? "3000"}`;
}
