import type { Direction } from "@/lib/domain/enums";
import { parsePeriod, reach } from "@/lib/domain/period";
import type { Comparison } from "@/lib/domain/types";

type ChartBar = { key: string; label: string; value: number; figureId: string };
type TargetMark =
  | { kind: "line"; value: number; derived: boolean; figureId: string | null }
  | { kind: "band"; min: number; max: number; figureId: string | null }
  | null;
export type TargetChartSeries = {
  bars: ChartBar[];
  target: TargetMark;
  domain: [number, number];
  /** Lower-is-better indicators flip the axis so that better always points up. */
  reversed: boolean;
  unit: string;
};

type ResultFigure = { id: string; period: string; value: number | null; min: number | null };

// How far a period reaches into its year, for ordering bars left to right.
const periodReach = (period: string) => reach(parsePeriod(period)?.part ?? "FY");

/**
 * The series a planned-vs-achieved chart draws: one bar per reported result of the year (Q1, H1,
 * full year …), the target as a line (single value) or a band (range), and an axis domain that
 * always includes zero and the whole target, with headroom.
 */
export function targetChartSeries(
  comparison: Pick<Comparison, "target" | "actual">,
  results: ResultFigure[],
  direction: Direction,
  periodLabel: (period: string) => string,
): TargetChartSeries {
  const bars = results
    .filter((r) => (r.value ?? r.min) !== null)
    .sort((a, b) => periodReach(a.period) - periodReach(b.period))
    .map((r) => ({
      key: r.id,
      label: periodLabel(r.period),
      value: (r.value ?? r.min) as number,
      figureId: r.id,
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
  const pad = (hi - lo) * 0.1 || 1;
  return {
    bars,
    target,
    domain: [lo < 0 ? niceFloor(lo - pad) : 0, hi > 0 ? niceCeil(hi + pad) : 0],
    reversed: direction === "lower",
    unit: comparison.actual?.unit ?? t?.unit ?? "",
  };
}

function step(n: number): number {
  const mag = 10 ** Math.floor(Math.log10(Math.abs(n) || 1));
  return mag / 2;
}
const niceCeil = (n: number) => Math.ceil(n / step(n)) * step(n);
const niceFloor = (n: number) => Math.floor(n / step(n)) * step(n);
