import type { Metadata } from "next";
import { localityHref } from "@/lib/links";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticleText } from "@/lib/data/article";
import { getSourcePage } from "@/lib/data/source";
import { messages, periodLabel } from "@/lib/i18n/messages";
import { localityName } from "@/lib/i18n/names";
import { langParam, sourceIdParam } from "@/lib/route-params";
import { highlightArticle } from "@/lib/view/article-highlights";
import { ArticleText } from "@/components/article-text";
import { SourceFiguresTable } from "@/components/source-figures-table";
import { WebSourceNotice } from "@/components/web-source-notice";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const page = await getSourcePage(sourceIdParam(p.id));
  if (!page) notFound();
  return { title: p.lang === "vi" ? page.source.titleVi : page.source.title };
}

export default async function SourcePage({ params }: Props) {
  const p = await params;
  const lang = langParam(p.lang);
  const page = await getSourcePage(sourceIdParam(p.id));
  if (!page) notFound();
  const t = messages(lang);
  const { source, figures, indicators, periods } = page;
  const web = source.type === "web";
  // Only an article is kept whole; a web page is cited by address (see WebSourceNotice).
  const text = web ? null : await getArticleText(source.id);
  const highlights =
    text === null
      ? null
      : highlightArticle(
          text,
          figures.map((f) => ({ figureId: f.id, quote: f.quote })),
        );
  const numbers = new Map(figures.map((f, i) => [f.id, i + 1]));
  const vi = lang === "vi";
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm break-words text-stone-600">
          {web ? t.article.webLabel : t.source.title} · {source.id}
        </p>
        <h1 className="text-3xl font-bold break-words">{vi ? source.titleVi : source.title}</h1>
      </header>
      <dl className="grid gap-x-6 gap-y-2 rounded border border-stone-200 bg-white p-4 text-sm md:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.source.language}</dt>
        <dd>{t.source.languages[source.language] ?? source.language}</dd>
        <dt className="font-semibold">{t.source.locality}</dt>
        <dd>
          <Link href={localityHref(lang, source.locality.slug)} className="text-red-800 underline">
            {localityName(source.locality, lang)}
          </Link>
        </dd>
        <dt className="font-semibold">{t.source.period}</dt>
        <dd>{periods.map((x) => periodLabel(x, lang)).join(", ")}</dd>
        <dt className="font-semibold">{t.source.published}</dt>
        <dd>{source.publishedOn ?? t.source.unknownDate}</dd>
        <dt className="font-semibold">{t.source.reports}</dt>
        <dd>{vi ? source.reportsVi : source.reports}</dd>
        <dt className="font-semibold">{t.source.identification}</dt>
        <dd>{vi ? source.localityIdentificationVi : source.localityIdentification}</dd>
      </dl>
      {web && <WebSourceNotice source={source} lang={lang} />}
      <SourceFiguresTable
        figures={figures}
        indicators={indicators}
        source={source}
        placed={highlights?.placed ?? new Set()}
        lang={lang}
      />
      {highlights ? (
        <ArticleText
          paragraphs={highlights.paragraphs}
          language={source.language}
          numbers={numbers}
          lang={lang}
        />
      ) : (
        !web && <p className="text-sm text-stone-600">{t.article.missing}</p>
      )}
    </div>
  );
}
