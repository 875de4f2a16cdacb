import { line, rect } from "./chart-svg-plot";
import { barFill, COLORS } from "./chart-svg-style";
import { composeFramedSvg, type FrameSpec } from "./image-frame";
import {
  indicatorLegend,
  targetMarks,
  type IndicatorLegendWords,
  type IndicatorTarget,
} from "./indicator-svg-marks";
import { textLines, verdictCell, type VerdictCell } from "./image-text";
import { svgText } from "./svg-text";

/** One locality's comparison: a target bar (or band) over a result bar, each with its words. */
export type IndicatorImageRow = {
  id: string;
  name: string;
  target: IndicatorTarget | null;
  /** "Target about 4,000 bn VND", or "No numeric target". */
  targetText: string;
  result: { value: number; partial: boolean } | null;
  /** "Result 4,950 bn VND · 123.8% of target", or "No result in our sources". */
  resultText: string;
  verdict: VerdictCell;
};

/** The rows on one basis and unit, on one scale: "Unit: bn VND", "Change on a year earlier · Unit: %". */
export type IndicatorImageGroup = {
  heading: string;
  ticks: number[];
  tickTexts: string[];
  rows: IndicatorImageRow[];
};

export type IndicatorImageSpec = Omit<FrameSpec, "legend"> & {
  groups: IndicatorImageGroup[];
  legend: IndicatorLegendWords;
};

type Cols = { name: number; bars: number; text: number; verdict: number; gap: number };

/** One row: the name, the two bars against the group's scale with their words, the verdict. */
function drawRow(
  row: IndicatorImageRow,
  at: (v: number) => number,
  x: number,
  top: number,
  c: Cols,
  k: number,
) {
  const parts: string[] = [];
  const pad = 9 * k;
  const name = { y: top + pad - 3 * k, parts };
  textLines(
    name,
    row.name,
    { x, width: c.name, size: 15 * k, gap: 20 * k, weight: 700 },
    "row-name",
  );
  const barsX = x + c.name + c.gap;
  const textX = barsX + c.bars + c.gap;
  let y = top + pad;
  const sub = (text: string, role: string, muted: boolean, bar: string | null) => {
    const words = { y: y - 4 * k, parts };
    const fill = muted ? COLORS.muted : COLORS.ink;
    textLines(
      words,
      text,
      { x: textX, width: c.text, size: 14 * k, gap: 18 * k, fill, italic: muted },
      role,
    );
    if (bar) parts.push(bar);
    y = Math.max(words.y + 6 * k, y + 20 * k);
  };
  const t = row.target;
  sub(row.targetText, "target-text", !t, t ? targetMarks(t, at, y, 14 * k).join("") : null);
  const r = row.result;
  const bar = r && {
    x: Math.min(at(0), at(r.value)),
    y,
    w: Math.max(Math.abs(at(r.value) - at(0)), 2),
    h: 14 * k,
  };
  const series = r?.partial ? "partial" : "result";
  sub(
    row.resultText,
    "result-text",
    !r,
    r && bar ? rect(bar, `${barFill(r.partial)} data-series="${series}"`) : null,
  );
  const verdictEnd = verdictCell(
    parts,
    row.verdict,
    x + c.name + c.bars + c.text + 3 * c.gap,
    top + pad,
    c.verdict,
    k,
  );
  const bottom = Math.max(name.y + 6 * k, y, verdictEnd) + pad;
  return { parts: [`<g data-row="${row.id}">`, ...parts, "</g>"], bottom };
}

/**
 * An indicator across localities as one image: for each basis and unit, a scale with round
 * ticks and one bar pair per locality (target above, result below, hatched when it covers part
 * of the year), its words beside it and its verdict; every row drawn, the canvas grows.
 */
export function composeIndicatorSvg(spec: IndicatorImageSpec): string {
  const body = (x: number, y0: number, w: number, k: number) => {
    const gap = 18 * k;
    const c: Cols = { name: w * 0.18, bars: w * 0.34, verdict: w * 0.17, text: 0, gap };
    c.text = w - c.name - c.bars - c.verdict - 3 * gap;
    const barsX = x + c.name + gap;
    const parts: string[] = [];
    let y = y0;
    for (const g of spec.groups) {
      const head = { y, parts };
      textLines(head, g.heading, { x, width: w, size: 17 * k, gap: 22 * k, weight: 700 }, "group");
      const [lo = 0, hi = 1] = [g.ticks[0], g.ticks[g.ticks.length - 1]];
      const at = (v: number) => barsX + ((v - lo) / (hi - lo || 1)) * c.bars;
      const axis = head.y + 22 * k;
      g.ticks.forEach((tick, i) => {
        const o = { fill: COLORS.muted, anchor: "middle" as const, role: "tick" };
        parts.push(svgText(at(tick), axis - 4 * k, g.tickTexts[i] ?? "", 13 * k, o));
      });
      let top = axis + 4 * k;
      const rows: string[] = [line(x, x + w, top, top, `stroke="${COLORS.grid}"`)];
      for (const row of g.rows) {
        const drawn = drawRow(row, at, x, top, c, k);
        rows.push(
          ...drawn.parts,
          line(x, x + w, drawn.bottom, drawn.bottom, `stroke="${COLORS.grid}"`),
        );
        top = drawn.bottom;
      }
      // The scale's lines go under the bars: drawn first, once the rows' height is known.
      for (const tick of g.ticks) {
        const stroke = tick === 0 ? COLORS.muted : COLORS.grid;
        parts.push(line(at(tick), at(tick), axis + 4 * k, top, `stroke="${stroke}"`));
      }
      parts.push(...rows);
      y = top + 16 * k;
    }
    return { parts, height: y - y0 };
  };
  return composeFramedSvg(
    {
      ...spec,
      legend: indicatorLegend(
        spec.groups.flatMap((g) => g.rows),
        spec.legend,
      ),
    },
    body,
  );
}
