import type { Comparator, Direction } from "@/lib/domain/enums";
import { parsePeriod, reach } from "@/lib/domain/period";
import type { Comparison } from "@/lib/domain/types";
import { niceTicks } from "./nice-ticks";

type ChartBar = {
  key: string;
  label: string;
  value: number;
  figureId: string;
  /** How the source states the number ("more than 230,000": gt), for the bar's value label. */
  comparator: Comparator;
  /** The result covers part of the year (Q1, H1, 10M): drawn as partial. */
  partial: boolean;
  period: string;
};
type TargetMark =
  | { kind: "line"; value: number; derived: boolean; figureId: string | null }
  | { kind: "band"; min: number; max: number; figureId: string | null }
  | null;
export type TargetChartSeries = {
  bars: ChartBar[];
  target: TargetMark;
  domain: [number, number];
  /** Round axis ticks (1, 2, 2.5, 5 × 10^k steps); the first and last are the domain. */
  ticks: number[];
  /** Lower-is-better indicators flip the axis so that better always points up. */
  reversed: boolean;
  unit: string;
};

type ResultFigure = {
  id: string;
  period: string;
  value: number | null;
  min: number | null;
  comparator?: Comparator;
  estimated?: boolean;
  publishedOn?: string | null;
};

// How far a period reaches into its year, for ordering bars left to right.
const periodReach = (period: string) => reach(parsePeriod(period)?.part ?? "FY");

/**
 * One result per period: the comparison's own result for its period, else a final figure over an
 * estimate and a later report over an earlier one. Other reports of the same period (superseded
 * or disagreeing) stay in the data table; two bars both labelled "2024" would read as two years.
 */
function onePerPeriod(results: ResultFigure[], chosen: string | null): ResultFigure[] {
  const better = (x: ResultFigure, y: ResultFigure) =>
    Number(x.id !== chosen) - Number(y.id !== chosen) ||
    Number(x.estimated ?? false) - Number(y.estimated ?? false) ||
    (y.publishedOn ?? "").localeCompare(x.publishedOn ?? "");
  const byPeriod = new Map<string, ResultFigure>();
  for (const r of results) {
    const kept = byPeriod.get(r.period);
    if (!kept || better(r, kept) < 0) byPeriod.set(r.period, r);
  }
  return [...byPeriod.values()];
}

/**
 * The series a planned-vs-achieved chart draws: one bar per period reported in the year (Q1, H1,
 * full year …), the target as a line (single value) or a band (range), and an axis that always
 * includes zero and the whole target, with round ticks and a little headroom.
 */
export function targetChartSeries(
  comparison: Pick<Comparison, "target" | "actual">,
  results: ResultFigure[],
  direction: Direction,
  periodLabel: (period: string) => string,
): TargetChartSeries {
  const a = comparison.actual;
  const drawable = results.filter((r) => (r.value ?? r.min) !== null);
  // A result converted from other bases has no figure of its own: draw it from the comparison.
  if (a && a.value !== null && !drawable.some((r) => r.id === a.figureId || r.period === a.period))
    drawable.push({
      id: a.figureId,
      period: a.period,
      value: a.value,
      min: null,
      comparator: a.comparator,
      estimated: a.estimated,
    });
  const bars = onePerPeriod(drawable, a?.figureId ?? null)
    .sort((x, y) => periodReach(x.period) - periodReach(y.period))
    .map((r) => ({
      key: r.id,
      label: periodLabel(r.period),
      value: (r.value ?? r.min) as number,
      figureId: r.id,
      comparator: r.comparator ?? "eq",
      partial: (parsePeriod(r.period)?.part ?? "FY") !== "FY",
      period: r.period,
    }));
  const t = comparison.target;
  let target: TargetMark = null;
  if (t && t.comparator === "range" && t.min !== null && t.max !== null)
    target = {
      kind: "band",
      min: Math.min(t.min, t.max),
      max: Math.max(t.min, t.max),
      figureId: t.figureId,
    };
  else if (t && t.value !== null)
    target = { kind: "line", value: t.value, derived: t.derived, figureId: t.figureId };

  const values = [0, ...bars.map((b) => b.value)];
  if (target?.kind === "line") values.push(target.value);
  if (target?.kind === "band") values.push(target.min, target.max);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.05;
  const ticks = niceTicks(lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0);
  return {
    bars,
    target,
    domain: [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1],
    ticks,
    reversed: direction === "lower",
    unit: a?.unit ?? t?.unit ?? "",
  };
}
