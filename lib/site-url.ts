import { env } from "./env";

/**
 * The public origin for absolute links (permalinks printed in chart images, og:image, og:url):
 * SITE_URL without its trailing slash, or "" when it is not set, and links are then paths.
 * Never a host taken from the request (Host, X-Forwarded-Host): pages and images are cached
 * and shared, and a forged header must not end up in them.
 */
export function publicOrigin(siteUrl: string | undefined = env.SITE_URL): string {
  return siteUrl ? siteUrl.replace(/\/+$/, "") : "";
}

/** A path as a link to share: `https://site/vi/localities/hai-ha/2024`, or the path alone. */
export function publicUrl(path: string, siteUrl: string | undefined = env.SITE_URL): string {
  return `${publicOrigin(siteUrl)}${path}`;
}
