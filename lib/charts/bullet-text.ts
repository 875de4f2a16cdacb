import { partLabel } from "../view/chart-labels";
import { parsePeriod } from "@/lib/domain/period";
import { formatPercent, formatStated } from "@/lib/format";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import type { BulletRow } from "./bullet-data";

/** A bullet row in words: what the row shows as text, and the whole as its text alternative. */
type BulletText = {
  target: string;
  result: string;
  /** "123.8% of target", where the comparison has a progress. */
  share: string | null;
  /** "Share of the year elapsed: 50%", for an interim flow drawn with its expected-by-now marker. */
  elapsed: string | null;
  /** Status word, "as the source states", a disagreeing source, ⚠ doubtful; "" for no result. */
  verdict: string;
  alt: string;
};

/** "Q1 only" / "chỉ quý I", "10 months only" / "chỉ 10 tháng"; null for a full year. */
export function partOnly(period: string, lang: Lang): string | null {
  // One wording for partial periods, shared with the chart images.
  const part = parsePeriod(period)?.part;
  return !part || part === "FY" ? null : partLabel(period, lang);
}

export function bulletText(row: BulletRow, name: string, lang: Lang): BulletText {
  const t = messages(lang);
  const c = row.comparison;
  const target = c.target
    ? `${t.chart.target} ${formatStated(c.target, lang)}${c.target.derived ? ` (${t.bullet.derived})` : ""}`
    : t.bullet.noTarget;
  let result: string = t.bullet.noResult;
  if (c.actual) {
    const only = c.interim ? partOnly(c.actual.period, lang) : null;
    const value =
      c.actual.value === null
        ? `: ${t.bullet.noNumber}`
        : ` ${formatStated({ ...c.actual, min: null, max: null }, lang)}`;
    result = `${t.chart.result}${value}${only ? ` (${only})` : ""}`;
  }
  const share = c.progress === null ? null : t.chart.progress(formatPercent(c.progress, lang));
  const elapsed =
    row.chart?.expected != null && c.elapsed !== null
      ? t.chart.elapsed(formatPercent(c.elapsed * 100, lang))
      : null;
  const verdict =
    c.status === "no_result"
      ? ""
      : [
          c.interim && c.status !== "on_track" && c.status !== "behind"
            ? `${t.status[c.status]} (${t.chart.interim})`
            : t.status[c.status],
          c.verdictBasis === "stated" ? t.verdict.stated : null,
          c.disagreement ? t.verdict.disagreement(t.status[c.disagreement]) : null,
          c.doubtful ? `⚠ ${t.verdict.doubtful}` : null,
        ]
          .filter(Boolean)
          .join(" · ");
  const flipped = row.indicator.direction === "lower" ? ` (${t.bullet.lowerMark})` : "";
  const parts = [target, result, share, elapsed, verdict].filter(Boolean);
  return {
    target,
    result,
    share,
    elapsed,
    verdict,
    alt: `${name}${flipped}: ${parts.join(" · ")}`,
  };
}
