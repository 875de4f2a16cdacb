import Link from "next/link";
import { sourceHref } from "@/lib/links";
import type { IndicatorDetail } from "@/lib/data/comparisons";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import { indicatorName } from "@/lib/i18n/names";
import { statedText } from "@/lib/view/comparison-view";
import type { ScorecardFigure } from "@/lib/view/scoreboard";

/**
 * The scorecards a locality's sources give themselves for a year ("16 of 19 targets"), each
 * linked to its source.
 */
export function SourceScorecards({
  figures,
  indicators,
  lang,
}: {
  figures: ScorecardFigure[];
  indicators: IndicatorDetail[];
  lang: Lang;
}) {
  const t = messages(lang);
  if (figures.length === 0)
    return (
      <>
        <span aria-hidden="true" className="text-stone-600">
          —
        </span>
        <span className="sr-only">{t.scoreboard.noScorecard}</span>
      </>
    );
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  return (
    <ul className="space-y-1">
      {figures.map((f) => {
        const ind = bySlug.get(f.indicatorSlug);
        return (
          <li key={f.id}>
            <Link
              href={sourceHref(lang, f.sourceId)}
              prefetch={false}
              className="font-semibold text-red-800 underline"
            >
              {statedText(f, lang)}
            </Link>
            {f.period !== String(f.year) && ` (${periodLabel(f.period, lang)})`}
            <span className="block text-xs text-stone-600">
              {ind ? indicatorName(ind, lang) : f.indicatorSlug}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
