import { COLORS } from "./chart-svg-style";
import { fitsWidth, px, svgText, textWidth, wrapText } from "./svg-text";

// Text and cells shared by the many-row images (lib/export/image-frame.ts and its bodies).

/** A status in a coloured pill: its word, and how many rows have it. */
export type Pill = { label: string; color: string; background: string };

export type Block = { y: number; parts: string[] };
type LineOpts = { x: number; width: number; size: number; gap: number; weight?: number };

/** Wrapped lines from `b.y` down (the chart image's way: whole, never cut). */
export function textLines(
  b: Block,
  s: string,
  o: LineOpts & { fill?: string; italic?: boolean },
  role?: string,
): void {
  const bold = (o.weight ?? 400) >= 600;
  for (const line of wrapText(s, fitsWidth(o.width, o.size, bold))) {
    b.y += o.gap;
    b.parts.push(
      svgText(o.x, b.y, line, o.size, { weight: o.weight, fill: o.fill, italic: o.italic, role }),
    );
  }
}

/** A pill with its word; returns its width. */
export function pill(
  parts: string[],
  p: Pill,
  x0: number,
  top: number,
  size: number,
  role: string,
) {
  const w = textWidth(p.label, size, true) + size * 1.4;
  const h = size * 1.75;
  parts.push(
    `<rect x="${px(x0)}" y="${px(top)}" width="${px(w)}" height="${px(h)}" rx="${px(h / 2)}" fill="${p.background}" stroke="${p.color}"/>`,
    svgText(x0 + w / 2, top + h * 0.69, p.label, size, {
      weight: 700,
      fill: p.color,
      anchor: "middle",
      role,
    }),
  );
  return w;
}

/** A warning triangle drawn as shapes (the UI font has no ⚠ glyph for the rasteriser). */
function warningIcon(x0: number, base: number, size: number): string {
  const s = size * 1.05;
  const top = base - s + size * 0.12;
  const bar = (dy: number, h: number) =>
    `<rect x="${px(x0 + s / 2 - s * 0.067)}" y="${px(top + dy * s)}" width="${px(s * 0.133)}" height="${px(h * s)}" fill="${COLORS.white}"/>`;
  return [
    `<path d="M${px(x0 + s / 2)} ${px(top)} L${px(x0 + s)} ${px(top + s)} L${px(x0)} ${px(top + s)} Z" fill="${COLORS.warn}"/>`,
    bar(0.28, 0.39),
    bar(0.75, 0.133),
  ].join("");
}

/** A row's verdict: the status as a pill, where it comes from, and a doubtful figure's warning. */
export type VerdictCell = { pill: Pill; notes: string[]; doubtful: string | null };

/** Draws a verdict from (x, top) in a column `w` wide; returns the y below it. */
export function verdictCell(
  parts: string[],
  v: VerdictCell,
  x0: number,
  top: number,
  w: number,
  k: number,
) {
  const size = 14 * k;
  pill(parts, v.pill, x0, top, size, "verdict");
  const b: Block = { y: top + size * 1.75, parts };
  const o = { x: x0, width: w, size: 13 * k, gap: 18 * k, fill: COLORS.muted };
  for (const n of v.notes) textLines(b, n, o, "verdict-note");
  if (v.doubtful) {
    const icon = 18 * k;
    const lines = wrapText(v.doubtful, fitsWidth(w - icon, 13 * k, true));
    lines.forEach((line, i) => {
      b.y += 18 * k;
      if (i === 0) parts.push(warningIcon(x0, b.y, 13 * k));
      const opts = { weight: 700, fill: COLORS.warn, role: "warning" };
      parts.push(svgText(x0 + icon, b.y, line, 13 * k, opts));
    });
  }
  return b.y + 4 * k;
}
