import { NextResponse, type NextRequest } from "next/server";
import { negotiateLang } from "./lib/i18n/config";
import { viewSegment } from "./lib/view/segments";

const LOCALITY = /^\/(en|vi)\/localities\/([^/]+)\/?$/;
const INDICATOR = /^\/(en|vi)\/indicators\/([^/]+)\/?$/;
const OVERVIEW = /^\/(en|vi)\/?$/;

/** A query value, or "invalid" when repeated: the view page then answers 404. */
function one(params: URLSearchParams, key: string): string | null {
  const all = params.getAll(key);
  return all.length > 1 ? "invalid" : (all[0] ?? null);
}

/**
 * Public URLs keep their filters in the query string; pages are rendered once per view and
 * cached, so the proxy rewrites the filters into the path the cached page is keyed by. The bare
 * root goes to the reader's language; a path outside /en and /vi gets the 404 page.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const to = (path: string) => NextResponse.rewrite(new URL(path, request.url));
  if (pathname === "/") return NextResponse.redirect(new URL(`/${negotiateLang(request.headers.get("accept-language"))}`, request.url), 307);
  let m = OVERVIEW.exec(pathname);
  if (m) return to(`/${m[1]}/o/${viewSegment({ year: one(searchParams, "year") }).split(".")[0]}`);
  m = LOCALITY.exec(pathname);
  if (m)
    return to(`/${m[1]}/localities/${m[2]}/${viewSegment({ year: one(searchParams, "year"), status: one(searchParams, "status"), category: one(searchParams, "category") })}`);
  m = INDICATOR.exec(pathname);
  if (m) return to(`/${m[1]}/indicators/${m[2]}/${viewSegment({ year: one(searchParams, "year") }).split(".")[0]}`);
  if (/^\/(en|vi)(\/|$)/.test(pathname)) return NextResponse.next();
  return to(`/${negotiateLang(request.headers.get("accept-language"))}/not-found`);
}

export const config = {
  matcher: [
    "/((?!(?:en|vi|api|_next)(?:/|$)|icon\\.svg$|favicon\\.ico$).*)",
    "/(en|vi)",
    "/(en|vi)/localities/:slug",
    "/(en|vi)/indicators/:slug",
  ],
};
