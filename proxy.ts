import { NextResponse, type NextRequest } from "next/server";
import { negotiateLang } from "./lib/i18n/config";

// The bare root is sent to the reader's language. Any other path outside /en and /vi names no
// page: it is answered by the language-aware 404 page (rewritten, so the URL and the 404 status
// stay), since the [lang] root layout cannot render a 404 for a language it does not know.
export function proxy(request: NextRequest) {
  const lang = negotiateLang(request.headers.get("accept-language"));
  if (request.nextUrl.pathname === "/") return NextResponse.redirect(new URL(`/${lang}`, request.url), 307);
  return NextResponse.rewrite(new URL(`/${lang}/not-found`, request.url));
}

export const config = {
  matcher: ["/((?!(?:en|vi|api|_next)(?:/|$)|icon\\.svg$|favicon\\.ico$).*)"],
};
