import { elapsedShare, isFullYear } from "../domain/period";
import type { ActualRef, Comparison, Figure, Indicator, TargetRef, Verdict } from "../domain/types";
import type { Status } from "../domain/enums";
import { judge, targetReference } from "./judge";

const round2 = (n: number) => Math.round(n * 100) / 100;

function targetRef(f: Figure): TargetRef {
  return {
    figureId: f.id,
    source: f.sourceId,
    period: f.period,
    comparator: f.comparator,
    value: f.value,
    min: f.min,
    max: f.max,
    unit: f.unit,
    derived: false,
  };
}

function actualRef(f: Figure): ActualRef {
  return {
    figureId: f.id,
    source: f.sourceId,
    period: f.period,
    comparator: f.comparator,
    value: f.value ?? f.min,
    unit: f.unit,
    reported: f.outcomeType ? { type: f.outcomeType, value: f.outcomeValue } : null,
    estimated: f.estimated,
    doubtful: f.doubtful,
  };
}

/** A target implied by a stated outcome: 230,000 at "93.64% of plan" implies a plan of 245,621. */
function derivedTarget(actual: ActualRef): TargetRef | null {
  const r = actual.reported;
  if (!r || r.value === null || actual.value === null || actual.comparator === "range") return null;
  const share =
    r.type === "pct_of_plan"
      ? r.value / 100
      : r.type === "pct_above_plan"
        ? 1 + r.value / 100
        : null;
  if (share === null || share <= 0) return null;
  return {
    figureId: null,
    source: actual.source,
    period: String(actual.period).slice(0, 4),
    comparator: "approx",
    value: round2(actual.value / share),
    min: null,
    max: null,
    unit: actual.unit,
    derived: true,
  };
}

function reportedProgress(actual: ActualRef): number | null {
  const r = actual.reported;
  if (!r || r.value === null) return null;
  return r.type === "pct_of_plan"
    ? r.value
    : r.type === "pct_above_plan"
      ? round2(100 + r.value)
      : null;
}

/**
 * The verdict a source states: "% of plan" below 100 is missed, 100 achieved, above exceeded;
 * "% above plan" exceeded; the words as worded.
 */
function statedVerdict(reported: ActualRef["reported"]): Verdict | null {
  if (!reported) return null;
  switch (reported.type) {
    case "pct_of_plan":
      if (reported.value === null) return null;
      return reported.value < 100 ? "missed" : reported.value === 100 ? "achieved" : "exceeded";
    case "pct_above_plan":
      return reported.value !== null && reported.value > 0 ? "exceeded" : "achieved";
    default:
      return reported.type;
  }
}

type Key = { locality: string; indicator: string; year: number; basis: Figure["basis"] };

/**
 * Compares one target (or none) with the chosen result for the same locality, indicator, year
 * and basis, by the rules on the methodology page: a computed verdict when both have numbers,
 * else the verdict the source states; a partial year gives an interim verdict.
 */
export function compare(
  key: Key,
  indicator: Indicator,
  target: Figure | null,
  actual: Figure | null,
  others: Comparison["others"] = [],
  conversion: Comparison["conversion"] = null,
): Comparison {
  const part = actual?.periodPart ?? "FY";
  const interim = actual !== null && !isFullYear(part);
  const elapsed = interim ? elapsedShare(part) : null;
  const actualR = actual ? actualRef(actual) : null;
  const base = {
    ...key,
    target: target ? targetRef(target) : null,
    actual: actualR,
    interim,
    elapsed,
    disagreement: null,
    doubtful: Boolean(target?.doubtful || actual?.doubtful),
    others,
    conversion,
  };
  if (!actualR) return { ...base, status: "no_result", progress: null, verdictBasis: null };
  const stated = statedVerdict(actualR.reported);
  const result = actualR.value;
  if (!target || result === null) {
    if (!stated) return { ...base, status: "no_target", progress: null, verdictBasis: null };
    // The source's own words are the verdict; a partial year keeps it interim.
    const status: Status = interim ? (stated === "missed" ? "behind" : "on_track") : stated;
    return {
      ...base,
      target: base.target ?? derivedTarget(actualR),
      status,
      progress: reportedProgress(actualR),
      verdictBasis: "stated",
    };
  }
  const direction = indicator.direction;
  const ref = targetReference(target, direction);
  const progress =
    ref !== null && ref > 0 && result >= 0 && direction !== "lower"
      ? round2((result / ref) * 100)
      : null;

  const verdict = judge(target, result, direction);
  let status: Status;
  if (!interim) status = verdict;
  else if (indicator.accumulation === "flow" && key.basis === "level" && ref !== null && ref > 0) {
    // A flow sums over the year: compare the share of the target reached with the share elapsed.
    const share = result / ref;
    const ahead = direction === "lower" ? share <= (elapsed ?? 1) : share >= (elapsed ?? 1);
    status = ahead ? "on_track" : "behind";
  } else {
    // A rate or level: the year-to-date figure against the target itself.
    status = verdict === "missed" ? "behind" : "on_track";
  }
  // The computed verdict stands; a source that says otherwise is shown beside it. "Achieved" and
  // "exceeded" both say the target was met, so only met-against-missed is a disagreement.
  const met = (v: string) => v !== "missed" && v !== "behind";
  const disagreement = !interim && stated && met(stated) !== met(verdict) ? stated : null;
  return { ...base, status, progress, verdictBasis: "computed", disagreement };
}
