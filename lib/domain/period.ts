import { z } from "zod";

/**
 * The part of a year a figure covers: FY (full year), a quarter, a half, or N months to date
 * (`7M` = January to July).
 */
export type PeriodPart = "FY" | "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2" | `${number}M`;
export type Period = { year: number; part: PeriodPart };

// The period grammar, the only copy: `2023`, `2024-Q1`, `2024-H1`, `2024-7M` (1M to 11M).
const PERIOD = /^((?:19|20)\d\d)(?:-(Q[1-4]|H[12]|(?:[1-9]|1[01])M))?$/;

export function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  return { year: Number(m[1]), part: (m[2] ?? "FY") as PeriodPart };
}

export const periodSchema = z
  .string()
  .regex(PERIOD, "expected a period like 2024, 2024-Q1, 2024-H1 or 2024-9M (1M to 11M)");

/** Months from January a cumulative part reaches (`7M` → 7); null for a single quarter or half. */
function monthsToDate(part: PeriodPart): number | null {
  if (part === "FY") return 12;
  if (part === "Q1") return 3;
  if (part === "H1") return 6;
  return part.endsWith("M") ? Number(part.slice(0, -1)) : null;
}

/**
 * Share of the year a cumulative result covers, for judging interim progress of flows. Q2–Q4 and
 * H2 are single quarters or halves, not year-to-date, so they cover a quarter or a half too.
 */
export function elapsedShare(part: PeriodPart): number {
  const months = monthsToDate(part);
  if (months !== null) return months / 12;
  return part === "H2" ? 0.5 : 0.25;
}

/**
 * How far into the year a result reaches, for choosing the latest result: months to date, and a
 * single quarter or half just before its end month, so a cumulative period beats it.
 */
export function reach(part: PeriodPart): number {
  const months = monthsToDate(part);
  if (months !== null) return months;
  return { Q2: 5.5, Q3: 8.5, Q4: 11, H2: 11.5 }[part as "Q2" | "Q3" | "Q4" | "H2"] ?? 0;
}

/** Whether a result for this period covers the whole year (a final status) or part (interim). */
export function isFullYear(part: PeriodPart): boolean {
  return part === "FY";
}
