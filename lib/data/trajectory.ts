import "server-only";
import type { Comparison } from "../domain/types";
import { parsePeriod } from "../domain/period";
import { getComparisons } from "./comparisons";

/** The year's target is a full-year one (not a half-year or quarterly target). */
const fullYearTarget = (c: Comparison) =>
  c.target !== null && parsePeriod(c.target.period)?.part === "FY";

/**
 * A locality's comparisons of every year, by `${indicator}|${basis}`, oldest first: the
 * trajectory each chart card draws. A year counts with a full-year result, or with a full-year
 * target alone (its interim result is left to the year's own card: a trajectory compares years).
 */
export async function getLocalityTrajectories(
  locality: string,
): Promise<Map<string, Comparison[]>> {
  // Every year of one locality, remembered by lib/data/comparisons.ts like the page's own read.
  const comparisons = await getComparisons({ locality });
  const out = new Map<string, Comparison[]>();
  for (const c of comparisons) {
    if (c.interim ? !fullYearTarget(c) : c.actual === null && !fullYearTarget(c)) continue;
    const key = `${c.indicator}|${c.basis}`;
    out.set(key, [...(out.get(key) ?? []), c]);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}
