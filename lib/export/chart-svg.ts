import { legendRows } from "./chart-svg-legend";
import { barsPlot } from "./chart-svg-bars";
import type { Box, PlotSpec } from "./chart-svg-plot";
import { progressPlot } from "./chart-svg-progress";
import { COLORS, HATCH_DEFS } from "./chart-svg-style";
import { escapeXml as x, fitsWidth, px, svgText, textWidth, wrapText } from "./svg-text";

export type { PlotSpec };

/** Everything a self-explaining chart image shows, already worded in the image's language. */
export type ChartExportSpec = {
  width: number;
  /** The height the image keeps unless its text needs more: it then grows, never cuts. */
  height: number;
  lang: string;
  title: string;
  subtitle: string;
  status: {
    label: string;
    color: string;
    background: string;
    /** Where the verdict comes from: "93.6% of plan, as the source states". */
    detail: string;
    /** "⚠ doubtful figure" when the verdict rests on one; else null. */
    warning: string | null;
  };
  summary: string;
  chart: PlotSpec;
  footer: { sources: string; link: string; exported: string };
  fontCss: string; // @font-face rules with the font embedded; "" to rely on installed fonts
};

const FONT = "'Noto Sans', sans-serif";

type Block = { y: number; parts: string[] };

/** Lines of wrapped text from `y` down; returns the y below them. */
function lines(
  b: Block,
  s: string,
  o: { x: number; width: number; size: number; gap: number; weight?: number; fill?: string },
  role?: string,
): void {
  const bold = (o.weight ?? 400) >= 600;
  for (const line of wrapText(s, fitsWidth(o.width, o.size, bold))) {
    b.y += o.gap;
    b.parts.push(svgText(o.x, b.y, line, o.size, { weight: o.weight, fill: o.fill, role }));
  }
}

/** A warning triangle drawn as shapes: the UI font has no ⚠ glyph for the rasteriser. */
function warningIcon(x0: number, base: number, k: number): string {
  const s = 18 * k;
  const top = base - s + 2 * k;
  return [
    `<g data-role="warning-icon">`,
    `<path d="M${px(x0 + s / 2)} ${px(top)} L${px(x0 + s)} ${px(top + s)} L${px(x0)} ${px(top + s)} Z" fill="${COLORS.warn}"/>`,
    `<rect x="${px(x0 + s / 2 - 1.2 * k)}" y="${px(top + 5 * k)}" width="${px(2.4 * k)}" height="${px(7 * k)}" fill="${COLORS.white}"/>`,
    `<rect x="${px(x0 + s / 2 - 1.2 * k)}" y="${px(top + 13.5 * k)}" width="${px(2.4 * k)}" height="${px(2.4 * k)}" fill="${COLORS.white}"/>`,
    "</g>",
  ].join("");
}

/** The status as a coloured pill with its word, then the verdict's basis and any warning. */
function statusRow(spec: ChartExportSpec, b: Block, x0: number, width: number, k: number): void {
  const size = 17 * k;
  const s = spec.status;
  const pillW = textWidth(s.label, size, true) + 28 * k;
  const top = b.y + 12 * k;
  b.parts.push(
    `<rect x="${px(x0)}" y="${px(top)}" width="${px(pillW)}" height="${px(32 * k)}" rx="${px(16 * k)}" fill="${s.background}" stroke="${s.color}"/>`,
    svgText(x0 + pillW / 2, top + 22 * k, s.label, size, {
      weight: 700,
      fill: s.color,
      anchor: "middle",
      role: "status",
    }),
  );
  b.y = top + 32 * k;
  // The basis follows the pill, and the warning the basis, each on the next line when it
  // does not fit on the current one.
  let cx = x0 + pillW + 12 * k;
  let base = top + 22 * k;
  const next = () => {
    cx = x0;
    base += 26 * k;
    b.y += 26 * k;
  };
  for (const line of s.detail ? wrapText(s.detail, fitsWidth(width, size)) : []) {
    if (cx + textWidth(line, size) > x0 + width) next();
    b.parts.push(svgText(cx, base, line, size, { role: "verdict" }));
    cx += textWidth(line, size) + 16 * k;
  }
  if (s.warning) {
    const w = 24 * k + textWidth(s.warning, size, true);
    if (cx + w > x0 + width) next();
    b.parts.push(warningIcon(cx, base, k));
    const o = { weight: 700, fill: COLORS.warn, role: "warning" };
    b.parts.push(svgText(cx + 24 * k, base, s.warning, size, o));
  }
}

/**
 * The chart as a stand-alone SVG document: title, locality and period, status in words with its
 * basis, the chart with its unit, round ticks and labelled target, a legend of what is drawn, and
 * the sources, permalink and export date, wrapped whole (never cut). When the text needs more
 * room than the plot can give up, the canvas grows. Every string is escaped and only shapes and
 * text are emitted: no script, event handler or foreignObject can appear.
 */
export function composeChartSvg(spec: ChartExportSpec): string {
  const W = spec.width;
  const k = W >= 1200 ? 1 : 0.85;
  const m = 40 * k;
  const cw = W - 2 * m;
  const head: Block = { y: m - 4 * k, parts: [] };
  lines(head, spec.title, { x: m, width: cw, size: 30 * k, gap: 36 * k, weight: 700 }, "title");
  lines(head, spec.subtitle, { x: m, width: cw, size: 20 * k, gap: 30 * k, fill: COLORS.muted });
  statusRow(spec, head, m, cw, k);
  head.y += 6 * k;
  lines(head, spec.summary, { x: m, width: cw, size: 17 * k, gap: 24 * k }, "summary");

  const foot: Block = { y: 0, parts: [] };
  const small = { x: m, width: cw, size: 14 * k, gap: 20 * k, fill: COLORS.muted };
  lines(foot, spec.footer.sources, small, "source");
  lines(foot, spec.footer.link, small, "permalink");
  lines(foot, spec.footer.exported, { ...small, size: 13 * k }, "exported");

  const plotTop = head.y + 22 * k;
  const minPlot = Math.round(spec.height * 0.42);
  // The legend is laid out after the plot says what it drew; its height is known up front.
  const chart = spec.chart;
  const draw = (b: Box) =>
    chart.kind === "bars" ? barsPlot(chart, b, k) : progressPlot(chart, b, k);
  const draft = draw({ x: m, y: 0, w: cw, h: minPlot });
  const legend = legendRows(draft.legend, cw, k);
  const below = 16 * k + legend.height + 12 * k + foot.y + m;
  const H = Math.max(spec.height, Math.ceil(plotTop + minPlot + below));
  const box = { x: m, y: plotTop, w: cw, h: H - plotTop - below };
  const plot = draw(box);
  const legendTop = box.y + box.h + 16 * k;
  const footTop = legendTop + legend.height + 12 * k;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" lang="${x(spec.lang)}" role="img" aria-label="${x(spec.title)}">`,
    `<title>${x(spec.title)}</title>`,
    `<desc>${x(spec.summary)}</desc>`,
    `<style>${spec.fontCss}text{font-family:${FONT}}</style>`,
    HATCH_DEFS,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    ...head.parts,
    ...plot.parts,
    ...legend.draw(m, legendTop),
    `<g transform="translate(0 ${px(footTop)})">`,
    ...foot.parts,
    "</g>",
    "</svg>",
  ].join("\n");
}
