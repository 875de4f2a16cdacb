/**
 * One copy of each repeated string value read from the database. SQLite hands every row's text as
 * a new string: a year's read at national scale held 76,000 copies of "2024", 70,000 of "level" and
 * 70,000 of "eq" (a heap snapshot after the benchmark's soak: 30 MB of the 49 MB of strings were
 * copies). Only for columns with few distinct values (enums, units, periods, slugs, source ids):
 * the pool is bounded, and a value beyond the bound is returned as it is.
 */
const pool = new Map<string, string>();
const MAX_VALUES = 100_000;

export function intern<T extends string | null>(value: T): T {
  if (value === null) return value;
  const kept = pool.get(value);
  if (kept !== undefined) return kept as T;
  if (pool.size < MAX_VALUES) pool.set(value, value);
  return value;
}
