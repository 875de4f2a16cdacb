/**
 * Headers on every response. The CSP allows scripts from this site only — no eval, no other
 * origin; inline scripts must stay allowed here because Next streams its page data in inline
 * <script> tags and views are served from a cache, so a per-request nonce is not possible.
 * Cached views add a second policy that allows only their own inline scripts, by hash
 * (lib/csp/page-policy.cjs); browsers enforce both.
 */
const contentSecurityPolicy = (frameAncestors: string) =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'") },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // (No interest-cohort: FLoC is gone, and browsers warn about a feature they do not know.)
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
  // A page opened from another site shares no window with it; other sites may not load this
  // site's responses as their images, scripts or frames (chart images and embeds excepted below).
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/**
 * /api/chart-image, by a later rule in next.config.ts (Next sends the last matching rule's value
 * of a header; a route's own value of a header a rule sets is dropped). Other sites show chart
 * images (og:image, <img>), so any origin may load them. An SVG opened as a document may style
 * itself but never run or fetch anything.
 */
export const CHART_IMAGE_HEADERS = [
  {
    key: "Content-Security-Policy",
    value:
      "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'none'",
  },
  { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
];

/**
 * The embed pages (app/embed, /embed/{lang}/…), the only ones another site may frame: the same
 * headers, but any ancestor allowed and no X-Frame-Options (DENY would override the CSP in
 * browsers that read only that header). Everything else about them is as strict as any page.
 */
export const EMBED_SECURITY_HEADERS = SECURITY_HEADERS.filter(
  (h) => h.key !== "X-Frame-Options",
).map((h) =>
  h.key === "Content-Security-Policy"
    ? { ...h, value: contentSecurityPolicy("*") }
    : // A site that requires it of its frames (Cross-Origin-Embedder-Policy) may still frame them.
      h.key === "Cross-Origin-Resource-Policy"
      ? { ...h, value: "cross-origin" }
      : h,
);
