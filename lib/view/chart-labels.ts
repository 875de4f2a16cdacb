import type { Comparator } from "../domain/enums";
import { parsePeriod } from "../domain/period";
import type { Comparison } from "../domain/types";
import { formatNumber, formatPercent, formatStated, formatValue } from "../format";
import type { Lang } from "../i18n/config";
import { messages } from "../i18n/messages";
import { reportedText } from "./comparison-view";

// Comparators as signs, the same in both languages: "> 36,000", "≥ 4.000".
const SIGN: Record<Comparator, string> = {
  eq: "",
  range: "",
  approx: "≈ ",
  gt: "> ",
  gte: "≥ ",
  lt: "< ",
  lte: "≤ ",
};

// Units short enough to stay with a bar's number; longer ones are on the axis.
const SHORT_UNITS = new Set(["percent", "pp"]);

/** A true minus sign for a negative number: "−1.45", never a hyphen. */
export const signed = (s: string) => s.replace(/^-/, "−");

/** A bar's value as stated, compact: "8.26%", "> 230,000" (the unit is on the axis), "≈ 4.000". */
export function barValueText(
  comparator: Comparator,
  value: number,
  unit: string,
  lang: Lang,
): string {
  const n = SHORT_UNITS.has(unit) ? formatValue(value, unit, lang) : formatNumber(value, lang);
  return `${SIGN[comparator]}${signed(n)}`;
}

/** A target with its comparator and unit: "≥ 4,000 bn VND", "11–12%", "> 36.000 tỷ đồng". */
function targetValueText(t: NonNullable<Comparison["target"]>, lang: Lang): string {
  if (t.comparator === "range") return formatStated(t, lang);
  if (t.value === null) return "–";
  return `${SIGN[t.comparator]}${signed(formatValue(t.value, t.unit, lang))}`;
}

/** The words on the target's line or band: "Target > 36,000 bn VND", "Chỉ tiêu 11–12%". */
export function targetMarkLabel(t: NonNullable<Comparison["target"]>, lang: Lang): string {
  const m = messages(lang).chartImage;
  return (t.derived ? m.derivedTarget : m.target)(targetValueText(t, lang));
}

/** What part of the year a result covers: "Q1 only", "first 10 months only", "Full year". */
export function partLabel(period: string, lang: Lang): string {
  const m = messages(lang).chartImage;
  const part = parsePeriod(period)?.part ?? "FY";
  if (part === "FY") return m.fullYear;
  const months = /^(\d+)M$/.exec(part)?.[1];
  return m.only(months ? m.months(months) : (m.parts[part] ?? part));
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Where a verdict comes from, in words: "93.6% of plan, as the source states", "123.8% of
 * target, computed from target and result", and a source that says otherwise.
 */
export function verdictDetail(c: Comparison, lang: Lang): string {
  const t = messages(lang);
  const parts: string[] = [];
  const r = c.actual?.reported;
  if (c.verdictBasis === "stated") {
    const v = r?.value;
    const said =
      r &&
      v !== null &&
      v !== undefined &&
      (r.type === "pct_of_plan" || r.type === "pct_above_plan")
        ? t.outcome[r.type](formatNumber(Math.round(v * 10) / 10, lang))
        : null;
    parts.push(said ? `${said}, ${t.verdict.stated}` : t.verdict.stated);
  } else if (c.verdictBasis === "computed") {
    const single = c.target && c.target.comparator !== "range" && !c.target.derived;
    const share =
      single && c.progress !== null ? t.chartImage.ofTarget(formatPercent(c.progress, lang)) : null;
    parts.push(share ? `${share}, ${t.verdict.computed}` : t.verdict.computed);
  }
  if (c.disagreement) parts.push(t.verdict.disagreement(t.status[c.disagreement]));
  return capitalize(parts.join("; "));
}

/** The sentence beside an interim progress bar: "Q1 only: 1,880 bn VND · 34.2% of target". */
export function progressResultText(c: Comparison, lang: Lang): string {
  const a = c.actual;
  if (!a) return "";
  const value = formatStated({ ...a, min: null, max: null }, lang);
  const share =
    c.progress === null
      ? ""
      : ` · ${messages(lang).chartImage.ofTarget(formatPercent(c.progress, lang))}`;
  return capitalize(`${partLabel(a.period, lang)}: ${value}${share}`);
}

/** What the plot says when it has no bar: no result at all, or an outcome without a number. */
export function noBarNote(c: Comparison, lang: Lang, period: (p: string) => string): string {
  const m = messages(lang).chartImage;
  const r = c.actual?.reported;
  if (!c.actual || !r) return m.noResult;
  return m.noNumber(`${reportedText(r, lang)} (${period(c.actual.period)})`);
}

/** A date as a reader of the language writes it: "6 January 2024", "06/01/2024". */
export function readableDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return lang === "vi"
    ? d.toLocaleDateString("vi-VN", {
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
        timeZone: "UTC",
      })
    : d.toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      });
}
