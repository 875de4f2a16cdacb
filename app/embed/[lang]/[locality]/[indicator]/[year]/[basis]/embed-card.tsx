import { Fragment } from "react";
import { ComparisonCardHead } from "@/components/comparison-card-head";
import type { FigureDetail, IndicatorDetail } from "@/lib/data/comparisons";
import type { Comparison } from "@/lib/domain/types";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import { sourceHref } from "@/lib/links";
import { readableDate } from "@/lib/view/chart-labels";
import { chartAnchor, chartPath } from "@/lib/view/citation";
import { figuresOf } from "@/lib/view/comparison-view";

/** The sources of a comparison's figures, the target's and the chosen result's first. */
function sourcesOf(c: Comparison, own: FigureDetail[]): FigureDetail[] {
  const ids = new Set([c.target?.source, c.actual?.source, ...own.map((f) => f.sourceId)]);
  return [...ids].flatMap((id) => own.find((f) => f.sourceId === id) ?? []);
}

/**
 * One chart card for another site's page: title, status, the sentence that says it in words, the
 * chart (drawn as on the locality page: an interim flow as progress, else bars against the
 * target, a converted result as its arithmetic), its sources and a link to the full page.
 */
export function EmbedCard({
  c,
  indicator,
  figures,
  localityName,
  lang,
}: {
  c: Comparison;
  indicator: IndicatorDetail;
  figures: FigureDetail[];
  localityName: string;
  lang: Lang;
}) {
  const t = messages(lang);
  const own = figuresOf(c, figures, indicator);
  const id = chartAnchor(c);
  const sources = sourcesOf(c, own);
  return (
    <article id={id} aria-labelledby={`${id}-title`} className="space-y-3">
      <ComparisonCardHead
        c={c}
        indicator={indicator}
        own={own}
        localityName={localityName}
        lang={lang}
        heading="h1"
        subtitle={`${localityName} · ${periodLabel(String(c.year), lang)}`}
      />
      {sources.length > 0 && (
        <p className="text-xs text-stone-700">
          {sources.length > 1 ? t.chartImage.sources : t.chartImage.source}:{" "}
          {sources.map((f, i) => (
            <Fragment key={f.sourceId}>
              {i > 0 && "; "}
              <a href={sourceHref(lang, f.sourceId)} className="underline">
                {lang === "vi" ? f.sourceTitleVi || f.sourceTitle : f.sourceTitle}
              </a>
              {f.publishedOn && `, ${readableDate(f.publishedOn, lang)}`}
            </Fragment>
          ))}
        </p>
      )}
      {/* target="_top" as well as the layout's <base>: the full page refuses to be framed. */}
      <a
        href={chartPath(c, lang)}
        target="_top"
        className="inline-block text-sm text-red-800 underline"
      >
        {t.share.viewOn}
      </a>
    </article>
  );
}
