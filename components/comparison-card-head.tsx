import type { FigureDetail, IndicatorDetail } from "@/lib/data/comparisons";
import type { Comparison } from "@/lib/domain/types";
import type { Lang } from "@/lib/i18n/config";
import { chartAnchor } from "@/lib/view/citation";
import {
  comparisonTitle,
  conversionText,
  provenanceOf,
  summarySentence,
} from "@/lib/view/comparison-view";
import { ComparisonChart } from "./charts/comparison-chart";
import { StatusBadge } from "./status-badge";

/**
 * What a comparison says, in words and as a chart: its title and status, the sentence that says
 * it, a converted result's arithmetic, and the chart (or none). The locality page's cards and
 * the embed card both open with it; `subtitle` (the place and year) is for the embed, which stands
 * alone on another site.
 */
export function ComparisonCardHead({
  c,
  indicator,
  own,
  localityName,
  lang,
  heading: H,
  subtitle,
}: {
  c: Comparison;
  indicator: IndicatorDetail;
  /** The comparison's own figures (figuresOf). */
  own: FigureDetail[];
  localityName: string;
  lang: Lang;
  heading: "h1" | "h2" | "h3";
  subtitle?: string;
}) {
  const title = comparisonTitle(c, indicator, lang);
  const id = chartAnchor(c);
  const provenance = Object.fromEntries(own.map((f) => [f.id, provenanceOf(f, lang)]));
  // A converted result is on another basis than the figures behind it: the arithmetic, no chart.
  const converted = conversionText(c, indicator.unit, lang);
  const heading = (
    <H id={`${id}-title`} className="text-lg font-semibold">
      {title}
    </H>
  );
  return (
    <>
      <header className="flex flex-wrap items-start justify-between gap-2">
        {subtitle ? (
          <div>
            {heading}
            <p className="text-sm text-stone-700">{subtitle}</p>
          </div>
        ) : (
          heading
        )}
        <StatusBadge status={c.status} lang={lang} interim={c.interim} verdict={c} />
      </header>
      <p className="text-sm text-stone-800">{summarySentence(c, indicator, localityName, lang)}</p>
      {converted && <p className="text-sm text-stone-800">{converted}</p>}
      <ComparisonChart
        c={c}
        indicator={indicator}
        own={own}
        provenance={provenance}
        id={id}
        title={`${title} — ${localityName}, ${c.year}`}
        lang={lang}
      />
    </>
  );
}
