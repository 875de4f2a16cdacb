import type { Comparison } from "../domain/types";
import type { Named } from "./names";

/** A comparison as open data: the comparison itself, plus what a reader should not have to derive. */
export type OpenComparison = Comparison & {
  /** The figures the verdict rests on (target, result) that the curator doubts, by id. */
  flags: string[];
  /** The result as a percentage of the target: `progress` under the name the tables use. */
  percentOfTarget: number | null;
};

/**
 * The doubtful figures a verdict rests on. `doubtfulIds` (every doubtful figure's id) makes it
 * exact; without it, it is read off the comparison: the result's own flag, and the target when
 * the comparison is doubtful and its result is not. A doubtful target behind a doubtful result is
 * then missed, as the comparison does not say whether its target is doubtful too.
 */
export function verdictFlags(c: Comparison, doubtfulIds?: ReadonlySet<string>): string[] {
  const target = c.target?.figureId ?? null;
  const actual = c.actual?.figureId ?? null;
  if (doubtfulIds)
    return [target, actual].filter((id): id is string => id !== null && doubtfulIds.has(id));
  const flags: string[] = [];
  if (target !== null && c.doubtful && !c.actual?.doubtful) flags.push(target);
  if (actual !== null && c.actual?.doubtful) flags.push(actual);
  return flags;
}

/**
 * The JSON row: the comparison and its flags and % of target; this is the one place that says so.
 * One parameter, as lists map over it; a caller holding every doubtful figure's id corrects
 * `flags` with verdictFlags.
 */
export function toOpenComparison(c: Comparison): OpenComparison {
  return { ...c, flags: verdictFlags(c), percentOfTarget: c.progress };
}

// The CSV keeps the earlier columns where they were and adds the new ones after them.
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
  "locality_name",
  "indicator_name",
  "verdict_basis",
  "disagreement",
  "doubtful",
  "flags",
  "others",
  "percent_of_target",
  "target_id",
  "actual_id",
] as const;

type Flat = Record<(typeof OPEN_COMPARISON_COLUMNS)[number], string | number | boolean | null>;

/**
 * A comparison as one flat CSV row. Lists are space-separated figure ids; `others` writes each
 * other report as `id:relation` (`superseded` or `disagrees`).
 */
export function flattenComparison(c: Named<OpenComparison>): Flat {
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
    locality_name: c.localityName,
    indicator_name: c.indicatorName,
    verdict_basis: c.verdictBasis,
    disagreement: c.disagreement,
    doubtful: c.doubtful,
    flags: c.flags.join(" "),
    others: c.others.map((o) => `${o.figureId}:${o.relation}`).join(" "),
    percent_of_target: c.percentOfTarget,
    target_id: c.target?.figureId ?? null,
    actual_id: c.actual?.figureId ?? null,
  };
}
