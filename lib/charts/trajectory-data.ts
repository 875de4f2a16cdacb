import type { Direction, Status } from "@/lib/domain/enums";
import type { Comparison } from "@/lib/domain/types";
import { formatStated } from "@/lib/format";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

type YearComparison = Pick<
  Comparison,
  "year" | "target" | "actual" | "status" | "interim" | "verdictBasis"
>;

/**
 * Positions: x is the year's column centre as a percentage of the width; y is a percentage of the
 * plot's height from its top, already flipped for lower-is-better indicators so better is up.
 */
type TrajectoryTarget =
  | { kind: "tick"; y: number; derived: boolean; open: "up" | "down" | null }
  | { kind: "band"; top: number; bottom: number };
export type TrajectoryYear = {
  year: number;
  x: number;
  target: TrajectoryTarget | null;
  /** The full-year result; hollow when the verdict is stated without a number (drawn at the target). */
  result: { y: number; hollow: boolean } | null;
  /** The year's status, with interim results left out (a trajectory compares whole years). */
  status: Status;
  text: string;
};
export type Trajectory = { years: TrajectoryYear[]; zero: number | null; alt: string };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The year's result as the trajectory sees it: full-year only. */
const fullYear = (c: YearComparison) => (c.interim ? null : c.actual);

/** A year's status without its interim result: a full-year target alone has no result yet. */
function yearStatus(c: YearComparison): Status {
  if (!c.interim) return c.status;
  return c.target ? "no_result" : "no_target";
}

/** "2022: target -1.5 pp, result -1.89 pp, exceeded" in the reader's language. */
function yearText(c: YearComparison, status: Status, lang: Lang): string {
  const t = messages(lang);
  const a = fullYear(c);
  const target = c.target
    ? t.trajectory.target(formatStated(c.target, lang))
    : t.trajectory.noTarget;
  const result = !a
    ? t.trajectory.noResult
    : a.value === null
      ? t.trajectory.noNumber
      : t.trajectory.result(formatStated({ ...a, min: null, max: null }, lang));
  // "No result" and "no target" are said already; a verdict is named, with where it comes from.
  const judged = status !== "no_result" && status !== "no_target";
  const word = judged
    ? `, ${t.status[status].toLowerCase()}${c.verdictBasis === "stated" ? ` (${t.verdict.stated})` : ""}`
    : "";
  return `${c.year}: ${target}, ${result}${word}`;
}

/**
 * One column per year with a target or a full-year result, on a scale shared by all years, or
 * null with fewer than two such years (nothing to follow). `comparisons` are one indicator and
 * basis of one locality, as lib/data/trajectory.ts groups them.
 */
export function trajectory(
  comparisons: YearComparison[],
  indicator: { direction: Direction },
  name: string,
  lang: Lang,
): Trajectory | null {
  const list = [...comparisons]
    .filter((c) => c.target !== null || fullYear(c) !== null)
    .sort((a, b) => a.year - b.year);
  if (list.length < 2) return null;
  const numbers = list.flatMap((c) => {
    const t = c.target;
    const a = fullYear(c)?.value ?? null;
    return [t?.value, t?.min, t?.max, a].filter((v): v is number => typeof v === "number");
  });
  const max = numbers.length ? Math.max(...numbers) : 1;
  const min = numbers.length ? Math.min(...numbers) : 0;
  // A margin so marks at the ends are not cut; a flat series sits in the middle.
  const pad = (max - min) * 0.15 || Math.abs(max) * 0.1 || 1;
  const [lo, hi] = [min - pad, max + pad];
  const flipped = indicator.direction === "lower";
  const pos = (v: number) => round1(((flipped ? v - lo : hi - v) / (hi - lo)) * 100);

  const years = list.map((c, i): TrajectoryYear => {
    const t = c.target;
    let target: TrajectoryTarget | null = null;
    if (t?.comparator === "range" && t.min !== null && t.max !== null) {
      const [a, b] = [pos(t.min), pos(t.max)];
      target = { kind: "band", top: Math.min(a, b), bottom: Math.max(a, b) };
    } else if (t && t.value !== null) {
      const larger = t.comparator === "gt" || t.comparator === "gte";
      const smaller = t.comparator === "lt" || t.comparator === "lte";
      // "More than" opens towards larger numbers: up, or down on a flipped scale.
      const open = larger || smaller ? (larger !== flipped ? "up" : "down") : null;
      target = { kind: "tick", y: pos(t.value), derived: t.derived, open };
    }
    const a = fullYear(c);
    const mid = target?.kind === "band" ? (target.top + target.bottom) / 2 : (target?.y ?? 50);
    const result = !a
      ? null
      : a.value === null
        ? { y: mid, hollow: true }
        : { y: pos(a.value), hollow: false };
    const status = yearStatus(c);
    return {
      year: c.year,
      x: round1(((i + 0.5) / list.length) * 100),
      target,
      result,
      status,
      text: yearText(c, status, lang),
    };
  });
  const zero = lo < 0 && hi > 0 ? pos(0) : null;
  const t = messages(lang);
  return { years, zero, alt: t.trajectory.alt(name, years.map((y) => y.text).join("; ")) };
}
