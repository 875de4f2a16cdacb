import { elapsedShare, isFullYear } from "../domain/period";
import { judge, targetReference } from "./judge";
import type { ActualRef, Comparison, Figure, Indicator, TargetRef } from "../domain/types";
import type { Status } from "../domain/enums";

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
 * Compares one target (or none) with the latest result for the same locality, indicator, year
 * and basis, by the rules on the methodology page.
 */
export function compare(
  key: { locality: string; indicator: string; year: number; basis: Figure["basis"] },
  indicator: Indicator,
  target: Figure | null,
  actual: Figure | null,
): Comparison {
  const part = actual?.periodPart ?? "FY";
  const interim = actual !== null && !isFullYear(part);
  const base = {
    ...key,
    target: target ? targetRef(target) : null,
    actual: actual ? actualRef(actual) : null,
    interim,
    elapsed: interim ? elapsedShare(part) : null,
  };
  if (!base.actual) return { ...base, status: "pending", progress: null };
  if (!target) {
    if (!base.actual.reported) return { ...base, status: "no_target", progress: null };
    return {
      ...base,
      target: derivedTarget(base.actual),
      status: "as_reported",
      progress: reportedProgress(base.actual),
    };
  }
  const result = base.actual.value;
  if (result === null) return { ...base, status: "pending", progress: null };
  const direction = indicator.direction;
  const ref = targetReference(target, direction);
  const progress =
    ref !== null && ref > 0 && result >= 0 && direction !== "lower"
      ? round2((result / ref) * 100)
      : null;

  let status: Status;
  const verdict = judge(target, result, direction);
  if (!interim) status = verdict;
  else if (indicator.accumulation === "flow" && key.basis === "level" && ref !== null && ref > 0) {
    // A flow sums over the year: compare the share of the target reached with the share elapsed.
    const share = result / ref;
    const ahead =
      direction === "lower" ? share <= (base.elapsed ?? 1) : share >= (base.elapsed ?? 1);
    status = ahead ? "on_track" : "behind";
  } else {
    // A rate or level: the year-to-date figure against the target itself.
    status = verdict === "missed" ? "behind" : "on_track";
  }
  return { ...base, status, progress };
}
