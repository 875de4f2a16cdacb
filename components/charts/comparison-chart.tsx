import { targetChartSeries } from "@/lib/charts/target-chart-data";
import type { FigureDetail, IndicatorDetail } from "@/lib/data/comparisons";
import type { Comparison } from "@/lib/domain/types";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import type { Provenance } from "@/lib/view/provenance";
import { ProgressChart } from "./progress-chart";
import { LazyTargetChart } from "./target-chart-lazy";

/**
 * Which chart a comparison gets: interim progress for a flow on its own level (share of the
 * target against share of the year), bars against the target when there is a result and a target
 * or stated outcome, none for a converted result (on another basis than its figures: the
 * arithmetic says it) or no result.
 */
export function chartKindOf(c: Comparison, indicator: IndicatorDetail): "progress" | "bars" | null {
  if (c.conversion) return null;
  if (
    c.interim &&
    c.elapsed !== null &&
    c.progress !== null &&
    indicator.accumulation === "flow" &&
    c.basis === "level"
  )
    return "progress";
  return c.actual !== null && (c.target !== null || c.actual.reported !== null) ? "bars" : null;
}

/** The chart of one comparison, shared by the chart cards and the embed pages. */
export function ComparisonChart({
  c,
  indicator,
  own,
  provenance,
  id,
  title,
  lang,
}: {
  c: Comparison;
  indicator: IndicatorDetail;
  own: FigureDetail[];
  provenance: Record<string, Provenance>;
  id: string;
  title: string;
  lang: Lang;
}) {
  const t = messages(lang);
  const kind = chartKindOf(c, indicator);
  if (kind === "progress" && c.actual)
    return (
      <ProgressChart
        progress={c.progress as number}
        elapsed={c.elapsed as number}
        provenance={provenance[c.actual.figureId]}
        lang={lang}
      />
    );
  if (kind !== "bars") return null;
  return (
    <LazyTargetChart
      id={id}
      title={title}
      series={targetChartSeries(
        c,
        own.filter((f) => f.kind === "actual"),
        indicator.direction,
        (p) => periodLabel(p, lang),
      )}
      tips={Object.fromEntries(
        Object.entries(provenance).map(([k, p]) => [
          k,
          { heading: p.heading, quote: p.quote, language: p.language },
        ]),
      )}
      labels={{
        target: t.chart.target,
        derivedTarget: t.chart.derivedTarget,
        result: t.chart.result,
        lowerIsBetter: t.chart.lowerIsBetter,
      }}
      lang={lang}
    />
  );
}
