/** The part of a year a figure covers: FY (full year), a quarter, a half, or nine months to date. */
export type PeriodPart = "FY" | "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2" | "9M";
export type Period = { year: number; part: PeriodPart };

const PERIOD = /^((?:19|20)\d\d)(?:-(Q[1-4]|H[12]|9M))?$/;

export function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  return { year: Number(m[1]), part: (m[2] ?? "FY") as PeriodPart };
}

/**
 * Share of the year a cumulative result covers, for judging interim progress of flows. Q2–Q4 and
 * H2 are single quarters or halves, not year-to-date, so they cover a quarter or a half too.
 */
export function elapsedShare(part: PeriodPart): number {
  switch (part) {
    case "FY":
      return 1;
    case "H1":
    case "H2":
      return 0.5;
    case "9M":
      return 0.75;
    default:
      return 0.25;
  }
}

/** Whether a result for this period covers the whole year (a final status) or part (interim). */
export function isFullYear(part: PeriodPart): boolean {
  return part === "FY";
}
