// Imported by the language switch (a client component): keep it free of zod and server code.
import { ANY, LATEST } from "../links";

// Views whose last segment the old query-string links are rewritten to (lib/view/rewrites.ts):
// `/en?year=2024` is served by `years/2024`, `/en` by `years/latest`, a locality's
// `?year=2024` by `localities/hai-ha/2024.all.all`.
const REWRITTEN = /^(?:years|localities\/[^/]+|indicators\/[^/]+)$/;
const TRAILING_ANY = new RegExp(`(?:\\.${ANY})+$`);

/**
 * The same view in another language, from the route segments below the language (what
 * useSelectedLayoutSegments gives the [lang] layout: `["localities", "hai-ha", "2024.all.all"]`).
 * Built from the route that rendered, never from the request's URL: a cached view is rendered for
 * its first visitor and then served to everyone, so a link holding that visitor's query string
 * (`?_rsc=…`, `?utm_source=…`) would be handed to every later one. Filters are in the path, and
 * written the short way lib/links.ts writes them (`2024.all.all` → `2024`, `latest` left out).
 */
export function otherLanguageHref(to: string, segments: readonly string[]): string {
  // A catch-all segment (the 404 route) arrives as its parts joined by "/"; values arrive decoded.
  const parts = segments.flatMap((s) => s.split("/")).filter((p) => p !== "");
  const last = parts.at(-1);
  if (last !== undefined && REWRITTEN.test(parts.slice(0, -1).join("/"))) {
    const short = last.replace(TRAILING_ANY, "");
    if (short === LATEST) parts.pop();
    else parts[parts.length - 1] = short;
    if (parts.length === 1 && parts[0] === "years") parts.pop();
  }
  return [`/${to}`, ...parts.map(encodeURIComponent)].join("/");
}
