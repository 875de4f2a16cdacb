import { BASES, CATEGORIES, type Status } from "@/lib/domain/enums";
import type { Comparison } from "@/lib/domain/types";
import type { IndicatorDetail } from "@/lib/data/comparisons";
import type { Lang } from "@/lib/i18n/config";
import { indicatorName } from "@/lib/i18n/names";
import { targetReference } from "@/lib/status/judge";

/** What a bullet row reads from a comparison (a Pick, so the shape can grow around it). */
export type BulletComparison = Pick<
  Comparison,
  | "locality"
  | "indicator"
  | "year"
  | "basis"
  | "target"
  | "actual"
  | "status"
  | "progress"
  | "interim"
  | "elapsed"
  | "verdictBasis"
  | "disagreement"
  | "doubtful"
>;
export type BulletIndicator = Pick<
  IndicatorDetail,
  "slug" | "direction" | "accumulation" | "category" | "nameEn" | "nameVi"
>;

/** Positions are percentages of the row's width, already flipped: better is always to the right. */
type BulletTargetMark =
  | { kind: "tick"; at: number; derived: boolean; open: "left" | "right" | null }
  | { kind: "band"; from: number; to: number };
export type BulletGeometry = {
  /** The row's own scale in data units: 0 … the largest number × 1.1 (below 0 for negatives). */
  domain: [number, number];
  flipped: boolean;
  zero: number;
  target: BulletTargetMark | null;
  bar: { from: number; to: number; partial: boolean } | null;
  /** Interim flows: where the result should be by now (the target × the share of the year elapsed). */
  expected: number | null;
};
export type BulletRow<
  C extends BulletComparison = BulletComparison,
  I extends BulletIndicator = BulletIndicator,
> = {
  comparison: C;
  indicator: I;
  /** `bullet-<indicator>-<basis>`, the row's own anchor. */
  id: string;
  /** The detailed card below (`#cmp-…`), or the table of targets without a result. */
  href: string;
  /** Null when there is nothing to draw: a stated outcome with no number or no target. */
  chart: BulletGeometry | null;
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The row's scale and marks. Lower-is-better rows are mirrored so that better points right. */
export function bulletGeometry(c: BulletComparison, ind: BulletIndicator): BulletGeometry | null {
  const t = c.target;
  const result = c.actual?.value ?? null;
  // Nothing to draw: a stated outcome with no number (the verdict alone), or no target to set
  // the result against.
  if ((c.actual && result === null) || !t) return null;
  const flipped = ind.direction === "lower";
  const band = t.comparator === "range" && t.min !== null && t.max !== null;
  const targetValues = band
    ? [t.min as number, t.max as number]
    : t.value === null
      ? []
      : [t.value];
  if (targetValues.length === 0) return null;
  const numbers = [0, ...targetValues, ...(result === null ? [] : [result])];
  const lo = Math.min(...numbers) * 1.1;
  // All zero (a target of no poor households, nothing reported): any scale will do.
  const hi = Math.max(...numbers) * 1.1 || (lo === 0 ? 1 : 0);
  const pos = (v: number) => {
    const p = ((v - lo) / (hi - lo)) * 100;
    return round1(flipped ? 100 - p : p);
  };
  const zero = pos(0);

  let target: BulletTargetMark | null;
  if (band) {
    const [a, b] = [pos(t.min as number), pos(t.max as number)];
    target = { kind: "band", from: Math.min(a, b), to: Math.max(a, b) };
  } else if (t.value !== null) {
    const up = t.comparator === "gt" || t.comparator === "gte";
    const down = t.comparator === "lt" || t.comparator === "lte";
    // "more than" opens towards larger numbers: to the right, or to the left on a flipped row.
    const open = up || down ? ((up ? 1 : -1) * (flipped ? -1 : 1) > 0 ? "right" : "left") : null;
    target = { kind: "tick", at: pos(t.value), derived: t.derived, open };
  } else target = null;

  const bar =
    result === null
      ? null
      : {
          from: Math.min(zero, pos(result)),
          to: Math.max(zero, pos(result)),
          partial: c.interim,
        };
  const ref = targetReference(t, ind.direction);
  const expected =
    c.interim &&
    c.elapsed !== null &&
    ind.accumulation === "flow" &&
    c.basis === "level" &&
    ref !== null &&
    ref > 0
      ? pos(ref * c.elapsed)
      : null;
  return { domain: [lo, hi], flipped, zero, target, bar, expected };
}

// Missed and behind first (what a reader looks for), then met or on course, then no result.
const GROUP: Partial<Record<Comparison["status"], number>> = {
  missed: 0,
  behind: 0,
  exceeded: 1,
  achieved: 1,
  on_track: 1,
  no_result: 2,
};

/**
 * One row per comparison with a target or a verdict (results with neither are left out: there
 * is nothing to set them against), sorted: missed/behind, then met/on track, then no result;
 * within each, by category, then indicator name in the reader's language, then basis.
 */
export function bulletRows<C extends BulletComparison, I extends BulletIndicator>(
  comparisons: C[],
  indicators: I[],
  lang: Lang,
): BulletRow<C, I>[] {
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const cat = (i: BulletIndicator) => {
    const n = (CATEGORIES as readonly string[]).indexOf(i.category);
    return n < 0 ? CATEGORIES.length : n;
  };
  const rows: (BulletRow<C, I> & { group: number; name: string })[] = [];
  for (const c of comparisons) {
    const ind = bySlug.get(c.indicator);
    const group = GROUP[c.status];
    if (!ind || group === undefined) continue;
    rows.push({
      comparison: c,
      indicator: ind,
      id: `bullet-${c.indicator}-${c.basis}`,
      href:
        c.status === "no_result"
          ? "#no_result"
          : `#cmp-${c.locality}-${c.indicator}-${c.year}-${c.basis}`,
      chart: bulletGeometry(c, ind),
      group,
      name: indicatorName(ind, lang),
    });
  }
  const locale = lang === "vi" ? "vi" : "en";
  rows.sort(
    (a, b) =>
      a.group - b.group ||
      cat(a.indicator) - cat(b.indicator) ||
      a.name.localeCompare(b.name, locale) ||
      BASES.indexOf(a.comparison.basis) - BASES.indexOf(b.comparison.basis),
  );
  return rows.map(({ group: _g, name: _n, ...row }) => row);
}

/**
 * Targets met out of those with a final verdict: exceeded + achieved over exceeded + achieved +
 * missed, computed or as the source states. Interim verdicts and missing results do not count.
 */
export function bulletScore(
  counts: Pick<Record<Status, number>, "exceeded" | "achieved" | "missed">,
): {
  met: number;
  total: number;
} {
  const met = counts.exceeded + counts.achieved;
  return { met, total: met + counts.missed };
}
