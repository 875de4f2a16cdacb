import { barFill, COLORS } from "./chart-svg-style";
import { escapeXml, px, svgText, textWidth } from "./svg-text";

/** One legend entry: a swatch drawn like its series, and its words. `series` ties the two. */
export type LegendItem = {
  series: string;
  swatch: "bar" | "partial" | "line" | "dashed" | "band" | "marker" | "none";
  label: string;
};

function swatch(kind: LegendItem["swatch"], x: number, y: number, k: number): string {
  const s = 18 * k;
  switch (kind) {
    case "bar":
    case "partial":
      return `<rect x="${px(x)}" y="${px(y - s + 3 * k)}" width="${px(s)}" height="${px(s)}" ${barFill(kind === "partial")}/>`;
    case "line":
    case "dashed":
      return `<line x1="${px(x)}" x2="${px(x + 32 * k)}" y1="${px(y - 6 * k)}" y2="${px(y - 6 * k)}" stroke="${COLORS.target}" stroke-width="3"${kind === "dashed" ? ' stroke-dasharray="8 4"' : ""}/>`;
    case "band":
      return `<rect x="${px(x)}" y="${px(y - s + 3 * k)}" width="${px(32 * k)}" height="${px(s)}" fill="${COLORS.target}" fill-opacity="0.15" stroke="${COLORS.target}" stroke-dasharray="6 3"/>`;
    case "marker":
      return `<line x1="${px(x + 8 * k)}" x2="${px(x + 8 * k)}" y1="${px(y - s)}" y2="${px(y + 4 * k)}" stroke="${COLORS.ink}" stroke-width="3" stroke-dasharray="5 3"/>`;
    default:
      return "";
  }
}

const swatchWidth = (kind: LegendItem["swatch"], k: number) =>
  kind === "none" ? 0 : kind === "bar" || kind === "partial" || kind === "marker" ? 26 * k : 40 * k;

/**
 * The legend, entries flowing left to right and onto further rows when the width runs out. It
 * lists exactly the series the plot drew: the plot hands over its items, nothing is added here.
 */
export function legendRows(
  items: LegendItem[],
  width: number,
  k: number,
): { height: number; draw: (x: number, y: number) => string[] } {
  const size = 15 * k;
  const rowH = 26 * k;
  const placed: { item: LegendItem; dx: number; row: number }[] = [];
  let dx = 0;
  let row = 0;
  for (const item of items) {
    const w = swatchWidth(item.swatch, k) + textWidth(item.label, size);
    if (dx > 0 && dx + w > width) [dx, row] = [0, row + 1];
    placed.push({ item, dx, row });
    dx += w + 28 * k;
  }
  const rows = items.length === 0 ? 0 : row + 1;
  return {
    height: rows * rowH,
    draw: (x, y) =>
      placed.flatMap(({ item, dx: d, row: r }) => {
        const base = y + r * rowH + 18 * k;
        return [
          // A note ("lower is better") draws no series: it is not a legend entry.
          item.swatch === "none"
            ? '<g data-note="">'
            : `<g data-legend="${escapeXml(item.series)}">`,
          swatch(item.swatch, x + d, base, k),
          svgText(x + d + swatchWidth(item.swatch, k), base, item.label, size, {
            fill: item.swatch === "none" ? COLORS.muted : COLORS.ink,
          }),
          "</g>",
        ];
      }),
  };
}
