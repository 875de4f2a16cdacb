import Link from "next/link";
import type { FigureDetail } from "@/lib/domain/figure";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import { indicatorName } from "@/lib/i18n/names";
import { indicatorHref } from "@/lib/links";
import { directionOf } from "@/lib/view/article-highlights";
import { statedText } from "@/lib/view/comparison-view";
import { TableHead } from "./table-head";

type IndicatorNames = Parameters<typeof indicatorName>[0] & { slug: string };

/**
 * Every figure curated from one source, numbered as the article's highlights number them. A row
 * whose quote stands in the article's text links back to it (`#q-<figureId>`). On a phone the
 * table scrolls inside its own box, so the page itself never scrolls sideways.
 */
export function SourceFiguresTable({
  figures,
  indicators,
  source,
  placed,
  lang,
}: {
  figures: FigureDetail[];
  indicators: IndicatorNames[];
  source: { language: string; localitySlug: string; type: string };
  /** Figures whose quote is highlighted in the article's text on this page. */
  placed: ReadonlySet<string>;
  lang: Lang;
}) {
  const t = messages(lang);
  const vi = lang === "vi";
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const web = source.type === "web";
  return (
    <section aria-labelledby="figures" className="space-y-2">
      <h2 id="figures" className="text-xl font-semibold">
        {t.source.figures} ({figures.length})
      </h2>
      <p className="text-xs text-stone-600 md:hidden">{t.article.scrollCue}</p>
      <div className="overflow-x-auto rounded border border-stone-200 bg-white p-2 shadow-inner">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <TableHead
            caption={t.source.figures}
            columns={[
              t.article.number,
              t.indicator.title,
              t.chart.period,
              t.chart.kind,
              t.chart.statedAs,
              web ? t.provenance.asWritten : t.provenance.quote,
            ]}
          />
          <tbody>
            {figures.map((f, i) => {
              const ind = bySlug.get(f.indicatorSlug);
              return (
                <tr
                  key={f.id}
                  id={`fig-${f.id}`}
                  className="scroll-mt-4 border-b border-stone-100 align-top target:bg-amber-50"
                >
                  <td className="py-2 pr-3 text-stone-600">{i + 1}</td>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link
                      href={indicatorHref(lang, f.indicatorSlug, f.year)}
                      className="text-red-800 underline"
                    >
                      {ind ? indicatorName(ind, lang) : f.indicatorSlug}
                    </Link>
                    {f.localitySlug !== source.localitySlug && (
                      <span className="block text-xs text-stone-600">{f.localitySlug}</span>
                    )}
                  </th>
                  <td className="py-2 pr-3">{periodLabel(f.period, lang)}</td>
                  <td className="py-2 pr-3">{t.kind[f.kind]}</td>
                  <td className="py-2 pr-3">
                    {statedText(f, lang)}
                    {t.basis[f.basis] ? (
                      <span className="block text-xs text-stone-600">{t.basis[f.basis]}</span>
                    ) : null}
                  </td>
                  <td className="py-2 break-words">
                    <blockquote
                      lang={source.language}
                      dir={directionOf(source.language)}
                      className="italic"
                    >
                      {f.quote}
                    </blockquote>
                    {web && f.location && (
                      <p className="mt-1 text-xs text-stone-600">
                        {t.provenance.location}: <span lang="en">{f.location}</span>
                      </p>
                    )}
                    <p className="mt-1 text-stone-700">{vi ? f.glossVi : f.gloss}</p>
                    {f.flagReason && (
                      <p className="mt-1 text-xs text-amber-900">
                        ⚠ {t.provenance.doubtful}:{" "}
                        {vi ? (f.flagReasonVi ?? f.flagReason) : f.flagReason}
                      </p>
                    )}
                    {f.note && (
                      <p className="mt-1 text-xs text-stone-600">
                        {t.provenance.note}: {vi ? (f.noteVi ?? f.note) : f.note}
                      </p>
                    )}
                    {placed.has(f.id) && (
                      <a href={`#q-${f.id}`} className="mt-1 inline-block text-red-800 underline">
                        {t.article.readInArticle}
                      </a>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
