import type { BulletGeometry } from "@/lib/charts/bullet-data";
import { bulletDefs, bulletLegend, bulletMarks, type BulletLegendWords } from "./bullet-svg-marks";
import { line } from "./chart-svg-plot";
import { COLORS } from "./chart-svg-style";
import { composeFramedSvg, type FrameSpec } from "./image-frame";
import { textLines, verdictCell, type VerdictCell } from "./image-text";

/** One bullet row, worded: the page's row (components/charts/bullet-row.tsx) as an image. */
export type BulletImageRow = {
  id: string;
  name: string;
  /** "lower is better" under the name of a mirrored row; null otherwise. */
  mirrored: string | null;
  geometry: BulletGeometry | null;
  /** The status's colour, which the bar takes. */
  color: string;
  /** Target · result · share of target · share of the year elapsed, in words. */
  numbers: string;
  verdict: VerdictCell;
};

export type BulletImageSpec = Omit<FrameSpec, "legend"> & {
  rows: BulletImageRow[];
  legend: BulletLegendWords;
};

/**
 * A locality-year's targets as one image: every bullet row (none dropped; the canvas grows),
 * each with its name, the marks, the numbers in words and the verdict, missed and behind first.
 */
export function composeBulletSvg(spec: BulletImageSpec): string {
  const defs = bulletDefs(spec.rows.map((r) => r.color));
  const body = (x: number, y: number, w: number, k: number) => {
    const parts: string[] = [];
    const gap = 20 * k;
    const nameW = w * 0.28;
    const verdictW = w * 0.2;
    const chartX = x + nameW + gap;
    const chartW = w - nameW - verdictW - 2 * gap;
    let top = y;
    parts.push(line(x, x + w, top, top, `stroke="${COLORS.grid}"`));
    for (const row of spec.rows) {
      const pad = 10 * k;
      const cell = { y: top + pad - 4 * k, parts: [] as string[] };
      textLines(
        cell,
        row.name,
        { x, width: nameW, size: 16 * k, gap: 21 * k, weight: 700 },
        "row-name",
      );
      if (row.mirrored) {
        const o = { x, width: nameW, size: 13 * k, gap: 18 * k, fill: COLORS.muted, italic: true };
        textLines(cell, row.mirrored, o, "row-mirrored");
      }
      const marks = row.geometry
        ? bulletMarks(row.geometry, row.color, chartX, top + pad, chartW, k)
        : [];
      const words = { y: top + pad + (row.geometry ? 32 * k : -4 * k), parts: [] as string[] };
      const o = { x: chartX, width: chartW, size: 14 * k, gap: 19 * k, fill: COLORS.ink };
      textLines(words, row.numbers, o, "row-numbers");
      const verdict: string[] = [];
      const verdictEnd = verdictCell(
        verdict,
        row.verdict,
        x + w - verdictW,
        top + pad,
        verdictW,
        k,
      );
      const bottom = Math.max(cell.y + 6 * k, words.y + 6 * k, verdictEnd) + pad;
      const g = [...cell.parts, ...marks, ...words.parts, ...verdict];
      parts.push(`<g data-row="${row.id}">`, ...g, "</g>");
      parts.push(line(x, x + w, bottom, bottom, `stroke="${COLORS.grid}"`));
      top = bottom;
    }
    return { parts, height: top - y };
  };
  const charts = spec.rows.flatMap((r) => (r.geometry ? [r.geometry] : []));
  return composeFramedSvg({ ...spec, legend: bulletLegend(charts, spec.legend) }, body, defs);
}
