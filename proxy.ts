import { NextResponse, type NextRequest } from "next/server";
import { negotiateLang } from "./lib/i18n/config";

// Only the bare root is negotiated; every other URL carries its language, so links reproduce views.
export function proxy(request: NextRequest) {
  const lang = negotiateLang(request.headers.get("accept-language"));
  return NextResponse.redirect(new URL(`/${lang}`, request.url), 307);
}

export const config = { matcher: ["/"] };
