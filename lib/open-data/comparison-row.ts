import type { Comparison } from "../domain/types";

export type OpenComparison = Comparison;

/** The JSON row is the comparison itself; this is the one place that says so. */
export function toOpenComparison(c: Comparison): OpenComparison {
  return c;
}

export const OPEN_COMPARISON_COLUMNS = [
  "locality",
  "indicator",
  "year",
  "basis",
  "status",
  "progress",
  "interim",
  "elapsed",
  "target_comparator",
  "target_value",
  "target_min",
  "target_max",
  "target_unit",
  "target_derived",
  "target_source",
  "target_period",
  "actual_period",
  "actual_comparator",
  "actual_value",
  "actual_unit",
  "actual_source",
  "actual_reported",
  "actual_reported_value",
] as const;

type Flat = Record<(typeof OPEN_COMPARISON_COLUMNS)[number], string | number | boolean | null>;

/** A comparison as one flat CSV row. */
export function flattenComparison(c: Comparison): Flat {
  return {
    locality: c.locality,
    indicator: c.indicator,
    year: c.year,
    basis: c.basis,
    status: c.status,
    progress: c.progress,
    interim: c.interim,
    elapsed: c.elapsed,
    target_comparator: c.target?.comparator ?? null,
    target_value: c.target?.value ?? null,
    target_min: c.target?.min ?? null,
    target_max: c.target?.max ?? null,
    target_unit: c.target?.unit ?? null,
    target_derived: c.target?.derived ?? null,
    target_source: c.target?.source ?? null,
    target_period: c.target?.period ?? null,
    actual_period: c.actual?.period ?? null,
    actual_comparator: c.actual?.comparator ?? null,
    actual_value: c.actual?.value ?? null,
    actual_unit: c.actual?.unit ?? null,
    actual_source: c.actual?.source ?? null,
    actual_reported: c.actual?.reported?.type ?? null,
    actual_reported_value: c.actual?.reported?.value ?? null,
  };
}
