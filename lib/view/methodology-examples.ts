import type { IndicatorDetail } from "../data/comparisons";
import type { RuleKey } from "../i18n/methodology";
import { judge, type FinalStatus, type TargetSpec } from "../status/judge";
import type { Comparison } from "../domain/types";

type Pick = (c: Comparison, ind: IndicatorDetail) => boolean;

// What a real comparison must look like to illustrate each rule.
const PICKS: Record<Exclude<RuleKey, "scorecard">, Pick> = {
  pairing: (c) =>
    c.target !== null &&
    c.actual !== null &&
    !c.target.derived &&
    c.target.source !== c.actual.source,
  exceeded: (c) => c.status === "exceeded",
  achieved: (c) => c.status === "achieved",
  missed: (c) => c.status === "missed",
  lower: (c, i) => i.direction === "lower" && c.target !== null && c.actual !== null,
  interim_flow: (c, i) =>
    c.interim && i.accumulation === "flow" && c.basis === "level" && c.target !== null,
  interim_rate: (c, i) => c.interim && i.accumulation === "rate" && c.target !== null,
  stated: (c) => c.verdictBasis === "stated" && c.target?.derived === true,
  numberless: (c) => c.verdictBasis === "stated" && c.actual?.value === null,
  disagreement: (c) => c.disagreement !== null,
  revisions: (c) => c.others.length > 0,
  doubtful: (c) => c.doubtful,
  no_result: (c) => c.status === "no_result",
  no_target: (c) => c.status === "no_target",
};

export type Examples = Partial<Record<RuleKey, Comparison>>;

/** The first real comparison that illustrates each rule, if the data has one. */
export function methodologyExamples(
  comparisons: Comparison[],
  indicators: IndicatorDetail[],
): Examples {
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const out: Examples = {};
  for (const [key, pick] of Object.entries(PICKS) as [Exclude<RuleKey, "scorecard">, Pick][]) {
    const found = comparisons.find((c) => {
      const ind = bySlug.get(c.indicator);
      return ind !== undefined && pick(c, ind);
    });
    if (found) out[key] = found;
  }
  return out;
}

export type WhatIf = { comparison: Comparison; results: { value: number; status: FinalStatus }[] };

/**
 * Where the data has no full-year result to show a rule, a real target with hypothetical results
 * around it, judged by the same function the dashboard uses.
 */
export function whatIfExample(
  comparisons: Comparison[],
  indicators: IndicatorDetail[],
  direction: "higher" | "lower",
): WhatIf | null {
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const c = comparisons.find(
    (x) =>
      x.target?.comparator === "range" &&
      !x.target.derived &&
      bySlug.get(x.indicator)?.direction === direction,
  );
  if (!c?.target || c.target.min === null || c.target.max === null) return null;
  const lo = Math.min(c.target.min, c.target.max);
  const hi = Math.max(c.target.min, c.target.max);
  const span = hi - lo || Math.abs(hi) * 0.1 || 1;
  const better = direction === "higher" ? hi + span : lo - span;
  const worse = direction === "higher" ? lo - span : hi + span;
  const round = (n: number) => Math.round(n * 100) / 100;
  const results = [better, (lo + hi) / 2, worse]
    .map(round)
    .map((value) => ({ value, status: judge(c.target as TargetSpec, value, direction) }));
  return { comparison: c, results };
}
