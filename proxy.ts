import { NextResponse, type NextRequest } from "next/server";
import { isLang, negotiateLang } from "./lib/i18n/config";
import { badRequest } from "./lib/open-data/responses";

/** True when every percent-escape in the path decodes: `/en/%ff` does not. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// The bare root goes to the reader's language. A path outside /en and /vi gets the 404 page in
// the reader's language (rewritten, so the URL and the 404 status stay): the [lang] root layout
// cannot render a 404 for a language it does not know. A path with a broken percent-escape gets
// the global 404 page: Next itself would answer it with a bare 500 when it decodes the route's
// params, and it decodes them from the original URL even after a rewrite to another [lang] page;
// /_not-found has no params. (These rewrites stay inside the server only because scripts/start.sh
// binds a loopback host as "localhost": see there.) View filters are rewritten by next.config.ts.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/")
    return NextResponse.redirect(
      new URL(`/${negotiateLang(request.headers.get("accept-language"))}`, request.url),
      307,
    );
  const [, first = "", second = "", third = ""] = pathname.split("/");
  const ok = decodable(pathname);
  // An embed page (app/embed/[lang]/…) needs its language and one more segment: a shorter path
  // would reach the [lang] pages with "embed" as the language, so it gets the 404 below.
  const embed = first === "embed" && isLang(second) && third !== "";
  if (ok && (isLang(first) || embed)) return NextResponse.next();
  if (first === "api" || first === "_next")
    return ok
      ? NextResponse.next()
      : badRequest({ parameter: "path", message: "holds a percent-escape that does not decode" });
  if (!ok) return NextResponse.rewrite(new URL("/_not-found", request.url));
  const lang = negotiateLang(request.headers.get("accept-language"));
  return NextResponse.rewrite(new URL(`/${lang}/not-found`, request.url));
}

export const config = {
  // Pages, embed pages, data and assets skip the proxy (it costs a cached page about half its
  // throughput), except paths holding a percent-escape, which are checked above.
  matcher: [
    "/((?!(?:en|vi|api|_next)(?:/|$)|embed/(?:en|vi)/[^/]|icon\\.svg$|favicon\\.ico$).*)",
    "/((?:en|vi|api|_next|embed)/.*%.*)",
  ],
};
