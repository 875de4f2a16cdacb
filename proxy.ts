import { NextResponse, type NextRequest } from "next/server";
import { negotiateLang } from "./lib/i18n/config";

// The bare root goes to the reader's language. A path outside /en and /vi gets the 404 page
// (rewritten, so the URL and the 404 status stay): the [lang] root layout cannot render a 404 for
// a language it does not know. View filters are rewritten by next.config.ts, not here.
export function proxy(request: NextRequest) {
  const lang = negotiateLang(request.headers.get("accept-language"));
  if (request.nextUrl.pathname === "/") return NextResponse.redirect(new URL(`/${lang}`, request.url), 307);
  return NextResponse.rewrite(new URL(`/${lang}/not-found`, request.url));
}

export const config = {
  matcher: ["/((?!(?:en|vi|api|_next)(?:/|$)|icon\\.svg$|favicon\\.ico$).*)"],
};
