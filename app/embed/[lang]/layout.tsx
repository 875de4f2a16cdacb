import type { Metadata } from "next";
import "../../globals.css";
import { LANGS } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { langParam } from "@/lib/route-params";

// The root layout of the frameable chart pages (/embed/{lang}/…): no site navigation, and the
// only routes whose responses allow framing (next.config.ts). Links open in the top window
// (<base target="_top">): every other page refuses to be framed, so a link followed inside the
// frame would show nothing. Languages other than en and vi never reach it (proxy.ts).

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ lang: string }>;
}): Promise<Metadata> {
  const t = messages(langParam((await params).lang));
  // The full page is the one to index; an embed only repeats one of its charts.
  return { title: { default: t.siteName, template: `%s · ${t.siteName}` }, robots: "noindex" };
}

export default async function EmbedLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const lang = langParam((await params).lang);
  return (
    <html lang={lang}>
      <head>
        <base target="_top" />
      </head>
      <body className="bg-white text-stone-900 antialiased">
        <main className="p-3">{children}</main>
      </body>
    </html>
  );
}
