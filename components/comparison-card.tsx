import type { FigureDetail, IndicatorDetail } from "@/lib/data/comparisons";
import { formatStated } from "@/lib/format";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import type { Comparison } from "@/lib/domain/types";
import { comparisonTitle, figuresOf } from "@/lib/view/comparison-view";
import { exportFileName } from "@/lib/view/chart-export";
import { chartAnchor, chartPath, dataAsOf, embedPath } from "@/lib/view/citation";
import { publicOrigin } from "@/lib/site-url";
import { ChartExportButtons } from "./chart-export-buttons";
import { chartKindOf } from "./charts/comparison-chart";
import { ComparisonCardHead } from "./comparison-card-head";
import { FigureTable } from "./figure-table";
import { ReportHistory } from "./report-history";
import { ShareChart } from "./share-chart";
import { TrajectoryChart } from "./charts/trajectory-chart";

/** One indicator's planned vs achieved: title, status in words, one-sentence summary, chart, table. */
export function ComparisonCard({
  c,
  indicator,
  figures,
  localityName,
  lang,
  headingLevel = 3,
  trajectory,
}: {
  c: Comparison;
  indicator: IndicatorDetail;
  figures: FigureDetail[];
  localityName: string;
  lang: Lang;
  headingLevel?: 2 | 3;
  /** This indicator and basis in every year of the locality (lib/data/trajectory.ts). */
  trajectory?: Comparison[];
}) {
  const t = messages(lang);
  const own = figuresOf(c, figures, indicator);
  const title = comparisonTitle(c, indicator, lang);
  const id = chartAnchor(c);
  const charted = chartKindOf(c, indicator) !== null;
  return (
    <article
      id={id}
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded border border-stone-200 bg-white p-4 break-inside-avoid"
    >
      <ComparisonCardHead
        c={c}
        indicator={indicator}
        own={own}
        localityName={localityName}
        lang={lang}
        heading={headingLevel === 2 ? "h2" : "h3"}
      />
      {trajectory && (
        <TrajectoryChart
          comparisons={trajectory}
          indicator={indicator}
          name={title}
          year={c.year}
          lang={lang}
          level={headingLevel === 2 ? 3 : 4}
        />
      )}
      {charted && (
        <ChartExportButtons
          query={new URLSearchParams({
            locality: c.locality,
            indicator: c.indicator,
            year: String(c.year),
            basis: c.basis,
            lang,
          }).toString()}
          files={{
            png: exportFileName(c, lang, "slide", "png"),
            pngDocument: exportFileName(c, lang, "document", "png"),
            svg: exportFileName(c, lang, "slide", "svg"),
          }}
          labels={{
            png: t.export.png,
            pngDocument: t.export.pngDocument,
            svg: t.export.svg,
            copy: t.export.copy,
            copied: t.export.copied,
            copyFailed: t.export.copyFailed,
            group: t.export.label(title),
          }}
        />
      )}
      <ShareChart
        origin={publicOrigin()}
        path={chartPath(c, lang)}
        embedPath={embedPath(c, lang)}
        cite={{ title, place: localityName, year: c.year, asOf: dataAsOf(own), lang }}
        labels={t.share}
      />
      <ReportHistory c={c} figures={figures} lang={lang} />
      <FigureTable
        figures={own}
        lang={lang}
        caption={`${t.chart.table}: ${title}`}
        extra={
          c.target?.derived
            ? [
                {
                  kind: t.chart.derivedTarget,
                  period: periodLabel(String(c.year), lang),
                  value: formatStated(c.target, lang),
                  note: t.provenance.derived,
                },
              ]
            : undefined
        }
      />
    </article>
  );
}
