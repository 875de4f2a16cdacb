import type { LegendItem } from "./chart-svg-legend";
import { placeLabel, type Rect } from "./chart-svg-place";
import { chip, line, rect, type Box, type Plot, type PlotSpec } from "./chart-svg-plot";
import { barFill, COLORS } from "./chart-svg-style";
import { fitsWidth, svgText, textWidth, wrapText } from "./svg-text";

type Bars = Extract<PlotSpec, { kind: "bars" }>;

/**
 * Where a bar's value goes: inside its end, else just past it, moved off the target's line so
 * that neither hides the other.
 */
function valueSpot(
  bar: Rect,
  end: number,
  up: boolean,
  fitsInside: boolean,
  avoid: number[],
  k: number,
): { y: number; inside: boolean } {
  const inside = fitsInside && bar.h > 40 * k;
  const spots = [
    ...(inside ? [{ y: up ? end + 26 * k : end - 10 * k, inside: true }] : []),
    ...(inside ? avoid.map((a) => ({ y: up ? a + 26 * k : a - 10 * k, inside: true })) : []),
    { y: up ? end - 10 * k : end + 24 * k, inside: false },
  ];
  const clear = (s: { y: number; inside: boolean }) =>
    (!s.inside || (s.y - 20 * k >= bar.y && s.y + 6 * k <= bar.y + bar.h)) &&
    avoid.every((a) => a < s.y - 20 * k || a > s.y + 6 * k);
  return spots.find(clear) ?? (spots[spots.length - 1] as { y: number; inside: boolean });
}

/** Results as bars (hatched when partial), the target as a labelled line or band, round ticks. */
export function barsPlot(spec: Bars, box: Box, k: number): Plot {
  const parts: string[] = [];
  const size = 14 * k;
  const hasScale = spec.bars.length > 0 || spec.target !== null;
  const tickW = Math.max(...spec.ticks.map((t) => textWidth(spec.tickText(t), size)));
  const left = hasScale ? 40 * k + tickW : 0;
  const slotW = (box.w - left - 8 * k) / Math.max(1, spec.bars.length);
  const xLabels = spec.bars.map((b) => wrapText(b.label, fitsWidth(slotW - 8 * k, 15 * k)));
  const xLabelH = Math.max(1, ...xLabels.map((l) => l.length)) * 19 * k + 10 * k;
  const plot = { x: box.x + left, y: box.y + 8 * k, w: box.w - left - 8 * k, h: box.h - 8 * k };
  plot.h -= xLabelH;
  const [lo, hi] = [spec.ticks[0] ?? 0, spec.ticks[spec.ticks.length - 1] ?? 1];
  const yOf = (v: number) => {
    const t = hi === lo ? 0 : (v - lo) / (hi - lo);
    return spec.reversed ? plot.y + t * plot.h : plot.y + plot.h - t * plot.h;
  };
  if (hasScale) {
    for (const t of spec.ticks) {
      parts.push(line(plot.x, plot.x + plot.w, yOf(t), yOf(t), `stroke="${COLORS.grid}"`));
      const o = { fill: COLORS.muted, anchor: "end" as const, role: "tick" };
      parts.push(svgText(plot.x - 8 * k, yOf(t) + 5 * k, spec.tickText(t), size, o));
    }
    const o = { fill: COLORS.muted, anchor: "middle" as const, rotate: true, role: "unit" };
    parts.push(svgText(box.x + 16 * k, plot.y + plot.h / 2, spec.unitLabel, 15 * k, o));
  }
  const t = spec.target;
  const edges =
    t === null
      ? []
      : t.kind === "line"
        ? [yOf(t.value)]
        : [yOf(t.min), yOf(t.max)].sort((a, b) => a - b);
  if (t?.kind === "band") {
    const [y1 = 0, y2 = 0] = edges;
    const a = `fill="${COLORS.target}" fill-opacity="0.15" stroke="${COLORS.target}" stroke-dasharray="6 3" data-series="target"`;
    parts.push(rect({ x: plot.x, y: y1, w: plot.w, h: Math.max(3, y2 - y1) }, a));
  }
  const obstacles: Rect[] = [];
  const values: string[] = [];
  const bw = Math.min(140 * k, slotW * 0.56);
  const y0 = yOf(Math.max(lo, Math.min(hi, 0)));
  const vSize = 16 * k;
  spec.bars.forEach((b, i) => {
    const cx = plot.x + slotW * (i + 0.5);
    const yv = yOf(b.value);
    const r = { x: cx - bw / 2, y: Math.min(y0, yv), w: bw, h: Math.abs(y0 - yv) };
    parts.push(rect(r, `${barFill(b.partial)} data-series="${b.partial ? "partial" : "result"}"`));
    obstacles.push(r);
    const vw = textWidth(b.valueText, vSize, true);
    const spot = valueSpot(r, yv, yv <= y0, vw + 8 * k < bw, edges, k);
    const label = { x: cx - vw / 2 - 4 * k, y: spot.y - 18 * k, w: vw + 8 * k, h: 24 * k };
    const o = { weight: 700, anchor: "middle" as const, role: "value" };
    if (spot.inside && !b.partial)
      values.push(svgText(cx, spot.y, b.valueText, vSize, { ...o, fill: COLORS.white }));
    else values.push(...chip(label, cx, spot.y, b.valueText, vSize, o));
    obstacles.push(label);
    xLabels[i]?.forEach((l, j) => {
      const o = { fill: COLORS.muted, anchor: "middle" as const, role: "period" };
      parts.push(svgText(cx, plot.y + plot.h + (24 + 19 * j) * k, l, 15 * k, o));
    });
  });
  if (hasScale) parts.push(line(plot.x, plot.x + plot.w, y0, y0, `stroke="${COLORS.muted}"`));
  if (t?.kind === "line") {
    const dash = t.derived ? ` stroke-dasharray="10 6"` : "";
    const a = `stroke="${COLORS.target}" stroke-width="3"${dash} data-series="target"`;
    parts.push(line(plot.x, plot.x + plot.w, yOf(t.value), yOf(t.value), a));
  }
  // Values go over the target's line, and the target's words where no value or bar is.
  parts.push(...values);
  if (t) {
    const lw = textWidth(t.label, 15 * k, true) + 12 * k;
    const [top = 0, bottom = 0] = [edges[0], edges[edges.length - 1]];
    const at = placeLabel({ w: lw, h: 22 * k }, plot, top, bottom, obstacles, 4 * k);
    const o = { weight: 700, fill: COLORS.target, role: "target-label" };
    parts.push(...chip(at, at.x + 6 * k, at.y + 16 * k, t.label, 15 * k, o));
  }
  if (hasScale)
    parts.push(line(plot.x, plot.x, plot.y, plot.y + plot.h, `stroke="${COLORS.muted}"`));
  if (spec.note) {
    const cx = plot.x + plot.w / 2;
    const nw = textWidth(spec.note, 18 * k, true) + 32 * k;
    const r = { x: cx - nw / 2, y: plot.y + plot.h / 2 - 22 * k, w: nw, h: 40 * k };
    parts.push(
      rect(r, `fill="${COLORS.white}" stroke="${COLORS.muted}" stroke-dasharray="4 3" rx="6"`),
    );
    const o = { weight: 700, fill: COLORS.muted, anchor: "middle" as const, role: "note" };
    parts.push(svgText(cx, r.y + 27 * k, spec.note, 18 * k, o));
  }
  return { parts, legend: legendOf(spec) };
}

/** Exactly the series drawn: full-year bars, partial bars, the target. */
function legendOf(spec: Bars): LegendItem[] {
  const legend: LegendItem[] = [];
  if (spec.bars.some((b) => !b.partial))
    legend.push({ series: "result", swatch: "bar", label: spec.legend.result });
  if (spec.bars.some((b) => b.partial))
    legend.push({ series: "partial", swatch: "partial", label: spec.legend.partial });
  const t = spec.target;
  if (t) {
    const swatch = t.kind === "band" ? "band" : t.derived ? "dashed" : "line";
    legend.push({ series: "target", swatch, label: spec.legend.target });
  }
  if (spec.reversed && spec.legend.lowerIsBetter)
    legend.push({ series: "", swatch: "none", label: spec.legend.lowerIsBetter });
  return legend;
}
