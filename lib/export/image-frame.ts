import { COLORS, HATCH_DEFS } from "./chart-svg-style";
import { pill, textLines, type Block, type Pill } from "./image-text";
import { escapeXml as x, px, svgText, textWidth } from "./svg-text";

/**
 * One legend entry of a many-row image: the series it stands for (`data-series` of what the
 * body drew; "" for a note that draws nothing) and a swatch drawn at (x, baseline).
 */
export type FrameLegendItem = {
  series: string;
  label: string;
  swatch: ((x: number, base: number, k: number) => string) | null;
  /** The swatch's width at k = 1. */
  swatchWidth: number;
};

/** The words around a many-row image (a locality-year's targets, an indicator's localities). */
export type FrameSpec = {
  width: number;
  /** The least height: the canvas grows to hold every row, never drops one. */
  height: number;
  lang: string;
  title: string;
  subtitle: string;
  /** The status line: one pill per status present, with its count. */
  tally: Pill[];
  /** A sentence under the status line (how the title counts); null for none. */
  note: string | null;
  /** The image's text alternative, for <desc>. */
  desc: string;
  legend: FrameLegendItem[];
  footer: { sources: string; link: string; exported: string };
  fontCss: string;
};

/** The body: drawn from (x, y) across `w`; it says how tall it came out. */
type FrameBody = (
  x: number,
  y: number,
  w: number,
  k: number,
) => {
  parts: string[];
  height: number;
};

const FONT = "'Noto Sans', sans-serif";

/** The scale of an image: full size for a slide, a little smaller for a document. */
const frameScale = (width: number) => (width >= 1200 ? 1 : 0.9);

/** The tally: pills left to right, onto a new row when the width runs out. */
function tallyRow(b: Block, pills: Pill[], x0: number, width: number, k: number): void {
  if (pills.length === 0) return;
  const size = 15 * k;
  const h = size * 1.75;
  let cx = x0;
  let top = b.y + 12 * k;
  for (const p of pills) {
    const w = textWidth(p.label, size, true) + size * 1.4;
    if (cx > x0 && cx + w > x0 + width) [cx, top] = [x0, top + h + 8 * k];
    cx += pill(b.parts, p, cx, top, size, "tally") + 8 * k;
  }
  b.y = top + h;
}

/** The legend, flowing onto further rows; each entry names the series it stands for. */
function legendBlock(b: Block, items: FrameLegendItem[], x0: number, width: number, k: number) {
  const size = 15 * k;
  const rowH = 26 * k;
  let dx = 0;
  let base = b.y + 18 * k;
  for (const item of items) {
    const sw = item.swatch ? (item.swatchWidth + 8) * k : 0;
    const w = sw + textWidth(item.label, size);
    if (dx > 0 && dx + w > width) [dx, base] = [0, base + rowH];
    b.parts.push(
      item.swatch ? `<g data-legend="${x(item.series)}">` : '<g data-note="">',
      item.swatch ? item.swatch(x0 + dx, base, k) : "",
      svgText(x0 + dx + sw, base, item.label, size, {
        fill: item.swatch ? COLORS.ink : COLORS.muted,
      }),
      "</g>",
    );
    dx += w + 24 * k;
  }
  if (items.length > 0) b.y = base + 8 * k;
}

/**
 * A many-row image as a stand-alone SVG document, framed like the single-comparison image:
 * title, subtitle, the status line, a note, the legend above the rows (they can run long), the
 * body, then the sources, permalink and export date, wrapped whole. The canvas is at least
 * `height` tall and grows to hold the body. Every string is escaped; only shapes and text.
 */
export function composeFramedSvg(spec: FrameSpec, body: FrameBody, defs = ""): string {
  const W = spec.width;
  const k = frameScale(W);
  const m = 40 * k;
  const cw = W - 2 * m;
  const head: Block = { y: m - 4 * k, parts: [] };
  textLines(head, spec.title, { x: m, width: cw, size: 30 * k, gap: 36 * k, weight: 700 }, "title");
  const sub = { x: m, width: cw, size: 20 * k, gap: 30 * k, fill: COLORS.muted };
  textLines(head, spec.subtitle, sub, "subtitle");
  tallyRow(head, spec.tally, m, cw, k);
  if (spec.note) {
    head.y += 4 * k;
    const o = { x: m, width: cw, size: 14 * k, gap: 20 * k, fill: COLORS.muted };
    textLines(head, spec.note, o, "note");
  }
  head.y += 10 * k;
  legendBlock(head, spec.legend, m, cw, k);
  const top = head.y + 14 * k;
  const drawn = body(m, top, cw, k);

  const foot: Block = { y: 0, parts: [] };
  const small = { x: m, width: cw, size: 14 * k, gap: 20 * k, fill: COLORS.muted };
  textLines(foot, spec.footer.sources, small, "source");
  textLines(foot, spec.footer.link, small, "permalink");
  textLines(foot, spec.footer.exported, { ...small, size: 13 * k }, "exported");
  const H = Math.max(spec.height, Math.ceil(top + drawn.height + 24 * k + foot.y + m));
  // The footer sits at the foot of the canvas, however short the body.
  const footTop = H - m - foot.y;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" lang="${x(spec.lang)}" role="img" aria-label="${x(spec.title)}">`,
    `<title>${x(spec.title)}</title>`,
    `<desc>${x(spec.desc)}</desc>`,
    `<style>${spec.fontCss}text{font-family:${FONT}}</style>`,
    HATCH_DEFS,
    defs,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    ...head.parts,
    ...drawn.parts,
    `<g transform="translate(0 ${px(footTop)})">`,
    ...foot.parts,
    "</g>",
    "</svg>",
  ].join("\n");
}
