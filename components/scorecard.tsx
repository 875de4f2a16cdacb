import type { FigureDetail, IndicatorDetail } from "@/lib/data/comparisons";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import { indicatorName } from "@/lib/i18n/names";
import type { Scorecard as Counts } from "@/lib/status/build";
import { STATUSES } from "@/lib/domain/enums";
import { provenanceOf, statedText } from "@/lib/view/comparison-view";
import { groupScorecards } from "@/lib/view/scoreboard";
import { ProvenanceDisclosure } from "./provenance";
import { STATUS_STYLE } from "@/lib/domain/status";

/** Counts by status, computed from the curated figures. */
export function StatusCounts({
  counts,
  lang,
  label,
}: {
  counts: Counts;
  lang: Lang;
  label: string;
}) {
  const t = messages(lang);
  const shown = STATUSES.filter((s) => counts[s] > 0);
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {shown.map((s) => (
        <li key={s} className={`rounded border px-2 py-1 text-sm ${STATUS_STYLE[s].className}`}>
          <span className="font-bold">{counts[s]}</span> {t.status[s]}
        </li>
      ))}
    </ul>
  );
}

/** The computed scorecard beside the scorecards the articles give themselves ("7 of 9 targets"). */
export function ScorecardSection({
  counts,
  sourceScorecards,
  indicators,
  lang,
}: {
  counts: Counts;
  sourceScorecards: FigureDetail[];
  indicators: IndicatorDetail[];
  lang: Lang;
}) {
  const t = messages(lang);
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="rounded border border-stone-200 bg-white p-4">
        <h3 className="mb-2 font-semibold">{t.scorecard.computed}</h3>
        <StatusCounts counts={counts} lang={lang} label={t.scorecard.computed} />
      </div>
      <div className="rounded border border-stone-200 bg-white p-4">
        <h3 className="mb-2 font-semibold">{t.scorecard.source}</h3>
        {sourceScorecards.length === 0 ? (
          <p className="text-sm text-stone-700">{t.scorecard.none}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {/* The same count from several reports: listed once, each report still disclosed. */}
            {groupScorecards(sourceScorecards).map(([f, ...others]) => {
              if (!f) return null;
              const ind = bySlug.get(f.indicatorSlug);
              return (
                <li key={f.id}>
                  <ProvenanceDisclosure p={provenanceOf(f, lang)} lang={lang}>
                    <span className="font-semibold">{statedText(f, lang)}</span> —{" "}
                    {ind ? indicatorName(ind, lang) : f.indicatorSlug} (
                    {periodLabel(f.period, lang)})
                  </ProvenanceDisclosure>
                  {others.map((o) => (
                    <ProvenanceDisclosure key={o.id} p={provenanceOf(o, lang)} lang={lang}>
                      <span className="text-stone-700">{t.scorecard.sameCount}</span>
                    </ProvenanceDisclosure>
                  ))}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
