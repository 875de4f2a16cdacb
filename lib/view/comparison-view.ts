import type { Provenance } from "./provenance";
import type { FigureDetail, IndicatorDetail } from "../data/comparisons";
import { formatNumber, formatStated, formatValue } from "../format";
import type { Lang } from "../i18n/config";
import { messages, periodLabel } from "../i18n/messages";
import { indicatorName } from "../i18n/names";
import type { Comparison } from "../domain/types";

/**
 * The figures behind one comparison: its indicator and basis, or a base indicator's % change,
 * and the two figures a converted result was computed from.
 */
export function figuresOf(
  c: Comparison,
  figures: FigureDetail[],
  indicator: IndicatorDetail,
): FigureDetail[] {
  const inputs = c.conversion ? [c.conversion.input.figureId, c.conversion.base.figureId] : [];
  return figures.filter(
    (f) =>
      inputs.includes(f.id) ||
      (f.localitySlug === c.locality &&
        f.year === c.year &&
        ((f.indicatorSlug === c.indicator && f.basis === c.basis) ||
          (c.basis === "level" &&
            f.indicatorSlug === indicator.growthOf &&
            f.basis === "yoy_pct"))),
  );
}

/** The arithmetic of a converted result, in the reader's language: "2.76% − 4.21% = −1.45 pp". */
export function conversionText(c: Comparison, inputUnit: string, lang: Lang): string | null {
  const v = c.conversion;
  if (!v) return null;
  const t = messages(lang).conversion;
  const n = (x: number, unit: string) => formatValue(x, unit, lang);
  const a = `${n(v.input.value, inputUnit)} (${periodLabel(v.input.period, lang)})`;
  const b = `${n(v.base.value, inputUnit)} (${periodLabel(v.base.period, lang)})`;
  const r = n(
    v.result,
    v.kind === "level_minus_base" ? "pp" : v.kind === "base_plus_change" ? inputUnit : "percent",
  );
  switch (v.kind) {
    case "level_minus_base":
      return t.text(`${a} − ${b} = ${r}`);
    case "level_over_base":
      return t.text(`(${a} ÷ ${b} − 1) × 100 = ${r}`);
    case "change_over_base":
      return t.text(`${a} ÷ ${b} × 100 = ${r}`);
    default:
      return t.text(`${b} + ${a} = ${r}`);
  }
}

export function statedText(
  f: Pick<FigureDetail, "comparator" | "value" | "min" | "max" | "unit" | "outOf">,
  lang: Lang,
): string {
  if (f.outOf === null || f.value === null) return formatStated(f, lang);
  // "30 of 32 targets" / "30/32 chỉ tiêu"
  const of = lang === "vi" ? "/" : " of ";
  return `${formatNumber(f.value, lang)}${of}${formatValue(f.outOf, f.unit, lang)}`;
}

export function provenanceOf(f: FigureDetail, lang: Lang): Provenance {
  const t = messages(lang);
  return {
    figureId: f.id,
    heading: `${t.kind[f.kind]} · ${periodLabel(f.period, lang)} · ${statedText(f, lang)}`,
    quote: f.quote,
    language: f.language,
    // Curated texts in the reader's language: every figure has both (the loader insists).
    gloss: lang === "vi" ? f.glossVi : f.gloss,
    note: lang === "vi" ? (f.noteVi ?? f.note) : f.note,
    doubtful: lang === "vi" ? (f.flagReasonVi ?? f.flagReason) : f.flagReason,
    location: f.sourceType === "web" ? f.location : null,
    sourceId: f.sourceId,
    sourceTitle: lang === "vi" ? f.sourceTitleVi : f.sourceTitle,
    sourceType: f.sourceType === "web" ? "web" : "article",
  };
}

/** "Budget revenue" or, for another basis, "Budget revenue (change on a year earlier)". */
export function comparisonTitle(
  c: Pick<Comparison, "basis">,
  indicator: IndicatorDetail,
  lang: Lang,
): string {
  const name = indicatorName(indicator, lang);
  const basis = messages(lang).basis[c.basis];
  return basis ? `${name} (${basis})` : name;
}

export function reportedText(
  r: NonNullable<NonNullable<Comparison["actual"]>["reported"]>,
  lang: Lang,
): string {
  const o = messages(lang).outcome;
  if (r.type === "pct_of_plan" || r.type === "pct_above_plan")
    return o[r.type](formatNumber(r.value ?? 0, lang));
  return o[r.type];
}

/** One sentence that states the comparison and its status in words, for every chart. */
export function summarySentence(
  c: Comparison,
  indicator: IndicatorDetail,
  localityName: string,
  lang: Lang,
): string {
  const t = messages(lang);
  const name = comparisonTitle(c, indicator, lang);
  const status = t.status[c.status].toLowerCase();
  const targetText = c.target
    ? `${formatStated(c.target, lang)}${c.target.derived ? ` (${t.chart.derived})` : ""}`
    : c.actual?.reported
      ? reportedText(c.actual.reported, lang)
      : "";
  if (!c.actual) return t.summary.pending(name, localityName, c.year, targetText);
  const period = periodLabel(c.actual.period, lang);
  if (c.actual.value === null && c.actual.reported) {
    // An outcome stated without a number: the source's words are the whole result.
    const target = c.target ? formatStated(c.target, lang) : "";
    const outcome = reportedText(c.actual.reported, lang);
    return t.summary.statedOnly(name, localityName, c.year, target, outcome, period, status);
  }
  const result = formatStated({ ...c.actual, min: null, max: null }, lang);
  if (!c.target && !c.actual.reported)
    return t.summary.noTarget(name, localityName, c.year, result, period);
  if (!c.target && c.actual.reported)
    return t.summary.reported(name, localityName, c.year, result, period, targetText, status);
  const interim =
    c.interim && c.status !== "on_track" && c.status !== "behind" ? ` (${t.chart.interim})` : "";
  return t.summary.withTarget(
    name,
    localityName,
    c.year,
    targetText,
    result,
    period,
    `${status}${interim}`,
  );
}
