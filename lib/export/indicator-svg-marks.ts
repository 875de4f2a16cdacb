import { rect } from "./chart-svg-plot";
import { barFill, COLORS } from "./chart-svg-style";
import type { FrameLegendItem } from "./image-frame";

/** A target on the bar-pair rows: a bar from zero to its value, or a range. */
export type IndicatorTarget =
  { kind: "bar"; value: number; derived: boolean } | { kind: "band"; min: number; max: number };

// A target is a light red bar to its value (dashed when derived); a range is the bar to its low
// end and the range itself in a darker red, so that it still reads as a bar from zero.
const TARGET = `fill="${COLORS.target}" fill-opacity="0.22" stroke="${COLORS.target}" stroke-width="1.5"`;
const RANGE = `fill="${COLORS.target}" fill-opacity="0.6" stroke="${COLORS.target}" stroke-width="1.5"`;
const targetAttrs = (derived: boolean) =>
  `${TARGET}${derived ? ` stroke-dasharray="6 3" data-series="target-derived"` : ` data-series="target"`}`;

/** The target's marks on a row: from zero to the value, or to the range's low end then the range. */
export function targetMarks(
  t: IndicatorTarget,
  at: (v: number) => number,
  y: number,
  h: number,
): string[] {
  const span = (a: number, b: number, min: number) => ({
    x: Math.min(a, b),
    y,
    w: Math.max(Math.abs(b - a), min),
    h,
  });
  if (t.kind === "bar") return [rect(span(at(0), at(t.value), 2), targetAttrs(t.derived))];
  // The end nearer zero: a range below zero runs from its max towards zero.
  const near = Math.abs(t.min) <= Math.abs(t.max) ? t.min : t.max;
  return [
    rect(span(at(0), at(near), 0), TARGET),
    rect(span(at(t.min), at(t.max), 4), `${RANGE} data-series="target-range"`),
  ];
}

export type IndicatorLegendWords = Record<
  "target" | "range" | "derived" | "result" | "partial",
  string
>;

/** Exactly the series the rows draw. */
export function indicatorLegend(
  rows: { target: IndicatorTarget | null; result: { partial: boolean } | null }[],
  words: IndicatorLegendWords,
): FrameLegendItem[] {
  const targets = rows.flatMap((r) => (r.target ? [r.target] : []));
  const at = (x: number, k: number) => (v: number) => x + v * k;
  // Swatches are drawn in swatch units (0 … 32), without data-series: only rows count as drawn.
  const swatch = (t: IndicatorTarget | null, attrs?: string) => (x: number, b: number, k: number) =>
    (t
      ? targetMarks(t, at(x, k), b - 13 * k, 14 * k)
      : [rect({ x, y: b - 13 * k, w: 32 * k, h: 14 * k }, attrs ?? "")]
    )
      .join("")
      .replace(/ data-series="[^"]*"/g, "");
  const items: [boolean, string, string, FrameLegendItem["swatch"]][] = [
    [
      targets.some((t) => t.kind === "bar" && !t.derived),
      "target",
      words.target,
      swatch({ kind: "bar", value: 32, derived: false }),
    ],
    [
      targets.some((t) => t.kind === "band"),
      "target-range",
      words.range,
      swatch({ kind: "band", min: 18, max: 32 }),
    ],
    [
      targets.some((t) => t.kind === "bar" && t.derived),
      "target-derived",
      words.derived,
      swatch({ kind: "bar", value: 32, derived: true }),
    ],
    [
      rows.some((r) => r.result && !r.result.partial),
      "result",
      words.result,
      swatch(null, barFill(false)),
    ],
    [rows.some((r) => r.result?.partial), "partial", words.partial, swatch(null, barFill(true))],
  ];
  return items
    .filter(([on]) => on)
    .map(([, series, label, draw]) => ({ series, label, swatchWidth: 32, swatch: draw }));
}
