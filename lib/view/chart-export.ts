import { targetChartSeries } from "@/lib/charts/target-chart-data";
import type { FigureDetail, IndicatorDetail } from "../data/comparisons";
import type { ChartExportSpec, PlotSpec } from "../export/chart-svg";
import { formatNumber, formatPercent, unitLabel } from "../format";
import type { Lang } from "../i18n/config";
import { messages, periodLabel } from "../i18n/messages";
import { STATUS_STYLE } from "../domain/status";
import type { Comparison } from "../domain/types";
import {
  barValueText,
  signed,
  noBarNote,
  partLabel,
  progressResultText,
  readableDate,
  targetMarkLabel,
  verdictDetail,
} from "./chart-labels";
import { comparisonTitle, conversionText, figuresOf, summarySentence } from "./comparison-view";

export const EXPORT_SIZES = {
  slide: { width: 1280, height: 720 },
  document: { width: 960, height: 640 },
} as const;
export type ExportSize = keyof typeof EXPORT_SIZES;

/**
 * Whether a comparison has a chart (and so an image): a target, with or without a result (the
 * target alone then, and "No result in our sources"), or a result whose source states how it
 * stands against its plan.
 */
export function isChartable(c: Comparison): boolean {
  return c.target !== null || (c.actual !== null && c.actual.reported !== null);
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

export type SourceRow = {
  id: string;
  title: string;
  titleVi: string;
  publisher: string | null;
  publishedOn: string | null;
};

/** Sources as a reader names them (title in the image's language, publisher, date), in order. */
export function sourceLine(ids: string[], sources: SourceRow[], lang: Lang): string {
  const m = messages(lang).chartImage;
  const named = [...new Set(ids)]
    .map((id) => sources.find((s) => s.id === id))
    .filter((s): s is SourceRow => s !== undefined)
    .map((s) =>
      [
        lang === "vi" ? s.titleVi || s.title : s.title,
        s.publisher,
        s.publishedOn && readableDate(s.publishedOn, lang),
      ]
        .filter(Boolean)
        .join(", "),
    );
  return `${named.length > 1 ? m.sources : m.source}: ${named.join("; ")}`;
}

/**
 * The plot (an interim flow as a progress bar, anything else as bars against the target) and the
 * sources of what it draws.
 */
function plotSpec(
  c: Comparison,
  indicator: IndicatorDetail,
  results: FigureDetail[],
  lang: Lang,
): { chart: PlotSpec; drawn: string[] } {
  const t = messages(lang);
  const m = t.chartImage;
  const derived = c.target?.derived ?? false;
  if (
    c.interim &&
    c.elapsed !== null &&
    c.progress !== null &&
    c.actual &&
    c.target &&
    indicator.accumulation === "flow" &&
    c.basis === "level"
  )
    return {
      drawn: [c.actual.source],
      chart: {
        kind: "progress",
        progress: c.progress,
        elapsed: c.elapsed,
        resultText: progressResultText(c, lang),
        targetText: targetMarkLabel(c.target, lang),
        derived,
        elapsedText: m.elapsedMarker(formatPercent(c.elapsed * 100, lang)),
        percentText: (n) => formatPercent(n, lang),
        legend: {
          result: `${t.chart.result} (${partLabel(c.actual.period, lang)})`,
          target: derived ? t.chart.derivedTarget : t.chart.target,
          elapsed: m.elapsedLegend,
        },
      },
    };
  const series = targetChartSeries(c, results, indicator.direction, (p) => partLabel(p, lang));
  const mark = series.target;
  const label = c.target ? targetMarkLabel(c.target, lang) : "";
  const sourceOf = (id: string) => results.find((f) => f.id === id)?.sourceId ?? c.actual?.source;
  return {
    // No bar: the result stated without a number still has its source.
    drawn: series.bars.length
      ? series.bars.map((b) => sourceOf(b.figureId) ?? "")
      : [c.actual?.source ?? ""],
    chart: {
      kind: "bars",
      bars: series.bars.map((b) => ({
        label: b.label,
        value: b.value,
        valueText: barValueText(b.comparator, b.value, series.unit, lang),
        partial: b.partial,
      })),
      ticks: series.ticks,
      reversed: series.reversed,
      tickText: (n) => signed(formatNumber(n, lang)),
      unitLabel: unitLabel(series.unit, lang),
      target: mark === null ? null : { ...mark, label },
      note: series.bars.length === 0 ? noBarNote(c, lang, (p) => periodLabel(p, lang)) : null,
      legend: {
        result: m.fullYearResult,
        partial: m.partialResult,
        target:
          mark?.kind === "band" ? m.targetRange : derived ? t.chart.derivedTarget : t.chart.target,
        lowerIsBetter: indicator.direction === "lower" ? t.chart.lowerIsBetter : null,
      },
    },
  };
}

export function buildExportSpec(a: {
  c: Comparison;
  indicator: IndicatorDetail;
  figures: FigureDetail[];
  localityName: string;
  lang: Lang;
  size: ExportSize;
  /** SITE_URL and the page's path, or the path alone: never a host from the request. */
  permalink: string;
  exportedOn: string;
  sources: SourceRow[];
  fontCss: string;
}): ChartExportSpec {
  const { c, lang } = a;
  const t = messages(lang);
  // A converted result's inputs are on another basis: the bar is the converted result itself.
  const inputs = c.conversion ? [c.conversion.input.figureId, c.conversion.base.figureId] : [];
  const results = figuresOf(c, a.figures, a.indicator).filter(
    (f) => f.kind === "actual" && !inputs.includes(f.id),
  );
  const { chart, drawn } = plotSpec(c, a.indicator, results, lang);
  const convertedFrom = a.figures.filter((f) => inputs.includes(f.id)).map((f) => f.sourceId);
  const interim = c.interim && c.status !== "on_track" && c.status !== "behind";
  return {
    ...EXPORT_SIZES[a.size],
    lang,
    title: comparisonTitle(c, a.indicator, lang),
    subtitle: `${a.localityName} · ${periodLabel(String(c.year), lang)}${c.actual ? ` · ${t.chart.result}: ${periodLabel(c.actual.period, lang)}` : ""}`,
    status: {
      label: `${t.status[c.status]}${interim ? ` (${t.chart.interim})` : ""}`,
      color: STATUS_STYLE[c.status].color,
      background: STATUS_STYLE[c.status].background,
      detail: verdictDetail(c, lang),
      warning: c.doubtful ? t.chartImage.doubtful : null,
    },
    summary: [
      summarySentence(c, a.indicator, a.localityName, lang),
      conversionText(c, a.indicator.unit, lang),
    ]
      .filter(Boolean)
      .join(" "),
    chart,
    footer: {
      // The target's source, then each drawn result's, left to right.
      sources: sourceLine([c.target?.source ?? "", ...drawn, ...convertedFrom], a.sources, lang),
      link: `${t.export.link}: ${a.permalink}`,
      exported: t.export.exported(readableDate(a.exportedOn, lang)),
    },
    fontCss: a.fontCss,
  };
}
