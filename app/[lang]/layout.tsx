import type { Metadata } from "next";
import { methodologyHref, reviewHref } from "@/lib/links";
import Link from "next/link";
import { Suspense } from "react";
import { LanguageSwitch } from "@/components/language-switch";
import "../globals.css";
import { LANGS } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { langParam } from "@/lib/route-params";

// Languages other than en and vi never reach this layout: the proxy answers them with the 404 page.

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ lang: string }>;
}): Promise<Metadata> {
  const t = messages(langParam((await params).lang));
  return { title: { default: t.siteName, template: `%s · ${t.siteName}` }, description: t.tagline };
}

export default async function LangLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const lang = langParam((await params).lang);
  const t = messages(lang);
  const other = lang === "en" ? "vi" : "en";
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {t.skipToContent}
        </a>
        <header className="no-print border-b border-stone-200 bg-white">
          <nav
            className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 sm:gap-x-6"
            aria-label={t.nav.main}
          >
            <Link href={`/${lang}`} className="text-lg font-bold whitespace-nowrap text-red-800">
              {t.siteName}
            </Link>
            <Link href={`/${lang}`} className="text-sm hover:underline">
              {t.nav.overview}
            </Link>
            <Link href={reviewHref(lang)} className="text-sm hover:underline">
              {t.review.nav}
            </Link>
            <Link href={methodologyHref(lang)} className="text-sm hover:underline">
              {t.nav.methodology}
            </Link>
            <Suspense
              fallback={
                <Link
                  href={`/${other}`}
                  lang={other}
                  aria-label={t.languageSwitchLabel}
                  className="ml-auto text-sm"
                >
                  {t.languageSwitch}
                </Link>
              }
            >
              <LanguageSwitch to={other} label={t.languageSwitchLabel} text={t.languageSwitch} />
            </Suspense>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-6xl px-4 py-6 text-xs text-stone-600">
          {t.footer}
        </footer>
      </body>
    </html>
  );
}
