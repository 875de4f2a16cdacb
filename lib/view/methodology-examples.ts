import type { IndicatorDetail } from "../data/comparisons";
import type { RuleKey } from "../i18n/methodology";
import type { Comparison } from "../status/types";

type Pick = (c: Comparison, ind: IndicatorDetail) => boolean;

// What a real comparison must look like to illustrate each rule.
const PICKS: Record<Exclude<RuleKey, "scorecard">, Pick> = {
  pairing: (c) => c.target !== null && c.actual !== null && !c.target.derived && c.target.source !== c.actual.source,
  exceeded: (c) => c.status === "exceeded",
  achieved: (c) => c.status === "achieved",
  missed: (c) => c.status === "missed",
  lower: (c, i) => i.direction === "lower" && c.target !== null && c.actual !== null,
  interim_flow: (c, i) => c.interim && i.accumulation === "flow" && c.basis === "level" && c.target !== null,
  interim_rate: (c, i) => c.interim && i.accumulation === "rate" && c.target !== null,
  as_reported: (c) => c.status === "as_reported" && c.target?.derived === true,
  pending: (c) => c.status === "pending",
  no_target: (c) => c.status === "no_target",
};

/** The first real comparison that illustrates each rule, if the data has one. */
export function methodologyExamples(comparisons: Comparison[], indicators: IndicatorDetail[]): Partial<Record<RuleKey, Comparison>> {
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const out: Partial<Record<RuleKey, Comparison>> = {};
  for (const [key, pick] of Object.entries(PICKS) as [Exclude<RuleKey, "scorecard">, Pick][]) {
    const found = comparisons.find((c) => {
      const ind = bySlug.get(c.indicator);
      return ind !== undefined && pick(c, ind);
    });
    if (found) out[key] = found;
  }
  return out;
}
