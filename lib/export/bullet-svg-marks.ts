import type { BulletGeometry } from "@/lib/charts/bullet-data";
import { line, rect } from "./chart-svg-plot";
import type { FrameLegendItem } from "./image-frame";
import { px } from "./svg-text";

// The page's bullet colours (components/charts/bullet-svg.tsx): an image cannot see its CSS.
const C = {
  track: "#f5f5f4",
  trackEdge: "#d6d3d1",
  band: "#a8a29e",
  tick: "#1c1917",
  expected: "#1d4ed8",
  zero: "#57534e",
  /** A neutral result for the legend: rows take their status's colour. */
  result: "#44403c",
};

const hatchId = (color: string) => `hatch-${color.replace(/[^0-9a-f]/gi, "")}`;
const hatch = (color: string) =>
  `<pattern id="${hatchId(color)}" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)"><rect width="7" height="7" fill="#ffffff"/><rect width="3.5" height="7" fill="${color}"/></pattern>`;
const fade = (side: "left" | "right") =>
  `<linearGradient id="open-${side}" x1="${side === "right" ? 0 : 1}" x2="${side === "right" ? 1 : 0}" y1="0" y2="0"><stop offset="0" stop-color="${C.band}" stop-opacity="0.9"/><stop offset="1" stop-color="${C.band}" stop-opacity="0"/></linearGradient>`;

/** A target's tick from y1 to y2; `series` ties a drawn tick to its legend entry. */
const tickLine = (at: number, y1: number, y2: number, derived: boolean, series?: string) =>
  line(
    at,
    at,
    y1,
    y2,
    `stroke="${C.tick}" stroke-width="3"${derived ? ' stroke-dasharray="5 3"' : ""}${series ? ` data-series="${series}"` : ""}`,
  );
/** A chevron beside a tick, pointing to the open end ("more than"), with a white halo. */
const chevron = (at: number, y: number, k: number, side: "left" | "right") => {
  const s = side === "right" ? 1 : -1;
  const d = `M${px(at + s * 6 * k)} ${px(y)} l${px(s * 7 * k)} ${px(7 * k)} l${px(-s * 7 * k)} ${px(7 * k)}`;
  return `<path d="${d}" fill="none" stroke="#ffffff" stroke-width="4"/><path d="${d}" fill="none" stroke="${C.tick}" stroke-width="2"/>`;
};

/** One row's marks, 30k tall from y: track, target band or tick, result bar, expected marker. */
export function bulletMarks(
  g: BulletGeometry,
  color: string,
  x: number,
  y: number,
  w: number,
  k: number,
) {
  const at = (p: number) => x + (w * p) / 100;
  const track = { y: y + 4 * k, h: 22 * k };
  const t = g.target;
  const open = t?.kind === "tick" ? t.open : null;
  const out = [rect({ x, w, ...track }, `fill="${C.track}" stroke="${C.trackEdge}"`)];
  if (t?.kind === "band") {
    const r = { x: at(t.from), w: Math.max(at(t.to) - at(t.from), 2), ...track };
    out.push(rect(r, `fill="${C.band}" data-series="target-range"`));
  }
  if (t?.kind === "tick" && open) {
    const r = open === "right" ? { x: at(t.at), w: at(100) - at(t.at) } : { x, w: at(t.at) - x };
    out.push(rect({ ...r, ...track }, `fill="url(#open-${open})" data-series="target-open"`));
  }
  if (g.zero > 0 && g.zero < 100)
    out.push(line(at(g.zero), at(g.zero), track.y, track.y + track.h, `stroke="${C.zero}"`));
  if (g.bar) {
    const r = {
      x: at(g.bar.from),
      y: y + 10 * k,
      w: Math.max(at(g.bar.to) - at(g.bar.from), 2),
      h: 10 * k,
    };
    const fill = g.bar.partial
      ? `fill="url(#${hatchId(color)})" stroke="${color}" stroke-width="1.5" data-series="partial"`
      : `fill="${color}" data-series="result"`;
    out.push(rect(r, fill));
  }
  if (g.expected !== null) {
    const a = `stroke="${C.expected}" stroke-width="2" stroke-dasharray="2 2" data-series="expected"`;
    out.push(line(at(g.expected), at(g.expected), y + 1 * k, y + 29 * k, a));
  }
  if (t?.kind === "tick") {
    const series = t.derived ? "target-derived" : open ? "target-open" : "target";
    out.push(tickLine(at(t.at), y, y + 30 * k, t.derived, series));
    if (open) out.push(chevron(at(t.at), y + 8 * k, k, open));
  }
  return out;
}

/** The page's legend words (BulletLegend); each shows only when a row draws its mark. */
export type BulletLegendWords = Record<
  "target" | "range" | "open" | "derived" | "result" | "partial" | "expected",
  string
> & { lowerIsBetter: string | null };

/** The legend of exactly the marks the rows draw, in the page's order, with its swatches. */
export function bulletLegend(
  charts: BulletGeometry[],
  words: BulletLegendWords,
): FrameLegendItem[] {
  const ticks = charts.flatMap((g) => (g.target?.kind === "tick" ? [g.target] : []));
  const item = (
    on: boolean,
    series: string,
    label: string,
    w: number,
    draw: FrameLegendItem["swatch"],
  ) => (on ? [{ series, label, swatchWidth: w, swatch: draw }] : []);
  return [
    ...item(
      ticks.some((t) => !t.derived && !t.open),
      "target",
      words.target,
      12,
      (x, b, k) => tickLine(x + 6 * k, b - 17 * k, b + 5 * k, false),
    ),
    ...item(
      charts.some((g) => g.target?.kind === "band"),
      "target-range",
      words.range,
      24,
      (x, b, k) => rect({ x, y: b - 15 * k, w: 24 * k, h: 18 * k }, `fill="${C.band}"`),
    ),
    ...item(
      ticks.some((t) => t.open),
      "target-open",
      words.open,
      30,
      (x, b, k) =>
        [
          rect({ x: x + 2 * k, y: b - 15 * k, w: 28 * k, h: 18 * k }, `fill="url(#open-right)"`),
          tickLine(x + 2 * k, b - 17 * k, b + 5 * k, false),
          chevron(x + 2 * k, b - 13 * k, k, "right"),
        ].join(""),
    ),
    ...item(
      ticks.some((t) => t.derived),
      "target-derived",
      words.derived,
      12,
      (x, b, k) => tickLine(x + 6 * k, b - 17 * k, b + 5 * k, true),
    ),
    ...item(
      charts.some((g) => g.bar && !g.bar.partial),
      "result",
      words.result,
      36,
      (x, b, k) => rect({ x, y: b - 11 * k, w: 36 * k, h: 10 * k }, `fill="${C.result}"`),
    ),
    ...item(
      charts.some((g) => g.bar?.partial),
      "partial",
      words.partial,
      36,
      (x, b, k) =>
        rect(
          { x, y: b - 11 * k, w: 36 * k, h: 10 * k },
          `fill="url(#${hatchId(C.result)})" stroke="${C.result}" stroke-width="1.5"`,
        ),
    ),
    ...item(
      charts.some((g) => g.expected !== null),
      "expected",
      words.expected,
      12,
      (x, b, k) =>
        line(
          x + 6 * k,
          x + 6 * k,
          b - 20 * k,
          b + 4 * k,
          `stroke="${C.expected}" stroke-width="2" stroke-dasharray="2 2"`,
        ),
    ),
    ...(words.lowerIsBetter
      ? [{ series: "", label: words.lowerIsBetter, swatchWidth: 0, swatch: null }]
      : []),
  ];
}

/** The patterns and gradients the marks use: a hatch in each status colour drawn partial. */
export function bulletDefs(colors: string[]): string {
  const all = new Set([C.result, ...colors]);
  return `<defs>${[...all].map(hatch).join("")}${fade("right")}${fade("left")}</defs>`;
}
