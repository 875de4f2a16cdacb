import { targetChartSeries } from "@/lib/charts/target-chart-data";
import type { FigureDetail, IndicatorDetail } from "../data/comparisons";
import type { ChartExportSpec } from "../export/chart-svg";
import { formatNumber, formatPercent, formatStated, unitLabel } from "../format";
import type { Lang } from "../i18n/config";
import { messages, periodLabel } from "../i18n/messages";
import { STATUS_STYLE } from "../domain/status";
import type { Comparison } from "../domain/types";
import { comparisonTitle, figuresOf, summarySentence } from "./comparison-view";

export const EXPORT_SIZES = {
  slide: { width: 1280, height: 720 },
  document: { width: 960, height: 640 },
} as const;
export type ExportSize = keyof typeof EXPORT_SIZES;

/** Whether a comparison has a chart (and so an image): a result, and a target or stated outcome. */
export function isChartable(c: Comparison): boolean {
  return c.actual !== null && (c.target !== null || c.actual.reported !== null);
}

/** `hai-ha_total-production-value_2024_vi.png`: what the file holds, in its name. */
export function exportFileName(
  c: Pick<Comparison, "locality" | "indicator" | "year" | "basis">,
  lang: Lang,
  size: ExportSize,
  ext: "png" | "svg",
): string {
  const basis = c.basis === "level" ? "" : `_${c.basis.replace("_", "-")}`;
  return `${c.locality}_${c.indicator}_${c.year}${basis}_${lang}${size === "document" ? "_document" : ""}.${ext}`;
}

export function buildExportSpec(a: {
  c: Comparison;
  indicator: IndicatorDetail;
  figures: FigureDetail[];
  localityName: string;
  lang: Lang;
  size: ExportSize;
  permalink: string;
  exportedOn: string;
  sources: {
    id: string;
    title: string;
    titleVi: string;
    publisher: string | null;
    publishedOn: string | null;
  }[];
  fontCss: string;
}): ChartExportSpec {
  const { c, lang } = a;
  const t = messages(lang);
  const title = comparisonTitle(c, a.indicator, lang);
  const results = figuresOf(c, a.figures, a.indicator).filter((f) => f.kind === "actual");
  const usedSources = a.sources.filter(
    (s) => s.id === c.target?.source || s.id === c.actual?.source,
  );
  const interimFlow =
    c.interim &&
    c.elapsed !== null &&
    c.progress !== null &&
    a.indicator.accumulation === "flow" &&
    c.basis === "level";
  const status = `${t.status[c.status]}${c.interim && c.status !== "on_track" && c.status !== "behind" ? ` (${t.chart.interim})` : ""}`;
  const targetLabel = c.target?.derived ? t.chart.derivedTarget : t.chart.target;
  return {
    ...EXPORT_SIZES[a.size],
    lang,
    title,
    subtitle: `${a.localityName} · ${periodLabel(String(c.year), lang)}${c.actual ? ` · ${t.chart.result}: ${periodLabel(c.actual.period, lang)}` : ""}`,
    status: { label: status, ...STATUS_STYLE[c.status] },
    summary: summarySentence(c, a.indicator, a.localityName, lang),
    unitLabel: unitLabel(c.actual?.unit ?? c.target?.unit ?? "", lang),
    chart: interimFlow
      ? {
          kind: "progress",
          progress: c.progress as number,
          elapsed: c.elapsed as number,
          resultLabel: t.chart.result,
          targetLabel,
          resultText: c.actual
            ? `${t.chart.result}: ${formatStated({ ...c.actual, min: null, max: null }, lang)} (${periodLabel(c.actual.period, lang)})`
            : "",
          targetText: c.target ? `${targetLabel}: ${formatStated(c.target, lang)}` : "",
          progressText: t.chart.progress(formatPercent(c.progress as number, lang)),
          elapsedText: t.chart.elapsed(formatPercent((c.elapsed as number) * 100, lang)),
        }
      : {
          kind: "bars",
          series: targetChartSeries(c, results, a.indicator.direction, (p) => periodLabel(p, lang)),
          targetLabel,
          resultLabel: t.chart.result,
          lowerIsBetter: a.indicator.direction === "lower" ? t.chart.lowerIsBetter : null,
          format: (n) => formatNumber(n, lang),
        },
    footer: [
      // The source as a reader would name it (title, publisher, date), in the image's language.
      `${t.export.source}: ${usedSources
        .map((s) =>
          [lang === "vi" ? s.titleVi : s.title, s.publisher, s.publishedOn]
            .filter(Boolean)
            .join(", "),
        )
        .join("; ")}`,
      `${t.export.link}: ${a.permalink}`,
      t.export.exported(a.exportedOn),
    ],
    fontCss: a.fontCss,
  };
}
