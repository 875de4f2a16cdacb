import type { LegendItem } from "./chart-svg-legend";
import type { Rect } from "./chart-svg-place";
import { COLORS } from "./chart-svg-style";
import { px, svgText } from "./svg-text";

type TargetSpec =
  | { kind: "line"; value: number; derived: boolean; label: string }
  | { kind: "band"; min: number; max: number; label: string };

/** The plot of a chart image, every string worded; the composer only places it. */
export type PlotSpec =
  | {
      kind: "bars";
      bars: { label: string; value: number; valueText: string; partial: boolean }[];
      ticks: number[];
      reversed: boolean;
      tickText: (n: number) => string;
      unitLabel: string;
      /** "Target > 36,000 bn VND": drawn on the chart beside the line or band. */
      target: TargetSpec | null;
      /** Said in the plot when it has no bar: "No result in our sources". */
      note: string | null;
      legend: { result: string; partial: string; target: string; lowerIsBetter: string | null };
    }
  | {
      kind: "progress";
      progress: number;
      elapsed: number;
      /** "Q1 only: 1,880 bn VND · 34.2% of target". */
      resultText: string;
      /** "Target ≈ 5,497.08 bn VND (derived)". */
      targetText: string;
      derived: boolean;
      /** "25% of the year elapsed", written at the marker. */
      elapsedText: string;
      /** The scale under the bar, as shares of the target: 25 → "25%". */
      percentText: (n: number) => string;
      legend: { result: string; target: string; elapsed: string };
    };

export type Box = { x: number; y: number; w: number; h: number };
export type Plot = { parts: string[]; legend: LegendItem[] };

export const line = (x1: number, x2: number, y1: number, y2: number, attrs: string) =>
  `<line x1="${px(x1)}" x2="${px(x2)}" y1="${px(y1)}" y2="${px(y2)}" ${attrs}/>`;

export const rect = (r: Rect, attrs: string) =>
  `<rect x="${px(r.x)}" y="${px(r.y)}" width="${px(r.w)}" height="${px(r.h)}" ${attrs}/>`;

/** A text on a white ground, so it reads over bars, hatching and grid lines. */
export function chip(
  r: Rect,
  x: number,
  y: number,
  s: string,
  size: number,
  o: Parameters<typeof svgText>[4],
): string[] {
  return [rect(r, `fill="${COLORS.white}" fill-opacity="0.92" rx="3"`), svgText(x, y, s, size, o)];
}
