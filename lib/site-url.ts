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
