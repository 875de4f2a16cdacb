import type { TargetChartSeries } from "@/lib/charts/target-chart-data";
import { progressGeometry } from "@/lib/charts/progress-chart-data";
import { escapeXml as x, px, wrapText } from "./svg-text";

/** Everything a self-explaining chart image shows, already in the UI language. */
export type ChartExportSpec = {
  width: number;
  height: number;
  lang: string;
  title: string;
  subtitle: string;
  status: { label: string; color: string; background: string };
  summary: string;
  unitLabel: string;
  chart:
    | {
        kind: "bars";
        series: TargetChartSeries;
        targetLabel: string;
        resultLabel: string;
        lowerIsBetter: string | null;
        format: (n: number) => string;
      }
    | {
        kind: "progress";
        progress: number;
        elapsed: number;
        progressText: string;
        elapsedText: string;
        resultLabel: string;
        targetLabel: string;
        resultText: string;
        targetText: string;
      };
  footer: string[]; // source line, permalink, export date
  fontCss: string; // @font-face rules with the font embedded; "" to rely on installed fonts
};

const INK = "#1c1917";
const MUTED = "#57534e";
const GRID = "#e7e5e4";
const RESULT = "#1d4ed8";
const TARGET = "#b91c1c";
const FONT = "'Noto Sans', sans-serif";

function text(
  x0: number,
  y: number,
  s: string,
  size: number,
  opts: { weight?: number; fill?: string; anchor?: string; rotate?: boolean } = {},
): string {
  const rot = opts.rotate ? ` transform="rotate(-90 ${px(x0)} ${px(y)})"` : "";
  return `<text x="${px(x0)}" y="${px(y)}" font-size="${size}" font-weight="${opts.weight ?? 400}" fill="${opts.fill ?? INK}" text-anchor="${opts.anchor ?? "start"}"${rot}>${x(s)}</text>`;
}

function bars(
  spec: Extract<ChartExportSpec["chart"], { kind: "bars" }>,
  box: { x: number; y: number; w: number; h: number },
  unit: string,
): string[] {
  const { series, format } = spec;
  const [lo, hi] = series.domain;
  const plot = { x: box.x + 90, y: box.y + 10, w: box.w - 100, h: box.h - 50 };
  const yOf = (v: number) => {
    const t = hi === lo ? 0 : (v - lo) / (hi - lo);
    return series.reversed ? plot.y + t * plot.h : plot.y + plot.h - t * plot.h;
  };
  const out: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const v = lo + ((hi - lo) * i) / 4;
    out.push(
      `<line x1="${px(plot.x)}" x2="${px(plot.x + plot.w)}" y1="${px(yOf(v))}" y2="${px(yOf(v))}" stroke="${GRID}" stroke-width="1"/>`,
    );
    out.push(text(plot.x - 8, yOf(v) + 5, format(v), 14, { fill: MUTED, anchor: "end" }));
  }
  out.push(
    text(box.x + 18, plot.y + plot.h / 2, unit, 15, {
      fill: MUTED,
      anchor: "middle",
      rotate: true,
    }),
  );
  const t = series.target;
  if (t?.kind === "band") {
    const y1 = Math.min(yOf(t.min), yOf(t.max));
    out.push(
      `<rect x="${px(plot.x)}" y="${px(y1)}" width="${px(plot.w)}" height="${px(Math.max(2, Math.abs(yOf(t.max) - yOf(t.min))))}" fill="${TARGET}" fill-opacity="0.15" stroke="${TARGET}" stroke-dasharray="6 3"/>`,
    );
  }
  const n = Math.max(1, series.bars.length);
  const slot = plot.w / n;
  const bw = Math.min(140, slot * 0.55);
  series.bars.forEach((b, i) => {
    const cx = plot.x + slot * (i + 0.5);
    const y0 = yOf(Math.max(lo, Math.min(hi, 0)));
    const yv = yOf(b.value);
    const top = Math.min(y0, yv);
    const tall = Math.abs(y0 - yv);
    out.push(
      `<rect x="${px(cx - bw / 2)}" y="${px(top)}" width="${px(bw)}" height="${px(tall)}" fill="${RESULT}"/>`,
    );
    // The value sits inside a tall bar, clear of a target line drawn near its top.
    if (tall > 48)
      out.push(
        text(cx, top + 30, format(b.value), 16, { weight: 700, anchor: "middle", fill: "#ffffff" }),
      );
    else out.push(text(cx, top - 8, format(b.value), 16, { weight: 700, anchor: "middle" }));
    out.push(text(cx, plot.y + plot.h + 24, b.label, 15, { fill: MUTED, anchor: "middle" }));
  });
  if (t?.kind === "line") {
    const dash = t.derived ? ` stroke-dasharray="10 6"` : "";
    out.push(
      `<line x1="${px(plot.x)}" x2="${px(plot.x + plot.w)}" y1="${px(yOf(t.value))}" y2="${px(yOf(t.value))}" stroke="${TARGET}" stroke-width="3"${dash}/>`,
    );
  }
  out.push(
    `<line x1="${px(plot.x)}" x2="${px(plot.x)}" y1="${px(plot.y)}" y2="${px(plot.y + plot.h)}" stroke="${MUTED}"/>`,
  );
  return out;
}

function progress(
  spec: Extract<ChartExportSpec["chart"], { kind: "progress" }>,
  box: { x: number; y: number; w: number; h: number },
): string[] {
  const g = progressGeometry(spec.progress, spec.elapsed);
  const bar = { x: box.x, y: box.y + box.h / 2 - 30, w: box.w, h: 60 };
  const at = (pct: number) => bar.x + (bar.w * pct) / 100;
  return [
    `<rect x="${px(bar.x)}" y="${px(bar.y)}" width="${px(bar.w)}" height="${bar.h}" rx="6" fill="${GRID}"/>`,
    `<rect x="${px(bar.x)}" y="${px(bar.y)}" width="${px((bar.w * g.fill) / 100)}" height="${bar.h}" rx="6" fill="${RESULT}"/>`,
    `<line x1="${px(at(g.full))}" x2="${px(at(g.full))}" y1="${px(bar.y - 10)}" y2="${px(bar.y + bar.h + 10)}" stroke="${TARGET}" stroke-width="3"/>`,
    `<line x1="${px(at(g.marker))}" x2="${px(at(g.marker))}" y1="${px(bar.y - 16)}" y2="${px(bar.y + bar.h + 16)}" stroke="${INK}" stroke-width="3" stroke-dasharray="6 4"/>`,
    text(bar.x, bar.y - 56, spec.resultText, 17),
    text(bar.x + bar.w, bar.y - 56, spec.targetText, 17, { anchor: "end", fill: TARGET }),
    text(bar.x, bar.y - 22, spec.progressText, 18, { weight: 700 }),
    text(bar.x + bar.w, bar.y + bar.h + 40, spec.elapsedText, 16, { fill: MUTED, anchor: "end" }),
  ];
}

function legend(spec: ChartExportSpec, x0: number, y: number): string[] {
  const c = spec.chart;
  const derived = c.kind === "bars" && c.series.target?.kind === "line" && c.series.target.derived;
  const out = [
    `<rect x="${px(x0)}" y="${px(y - 12)}" width="16" height="16" fill="${RESULT}"/>`,
    text(x0 + 24, y + 2, c.resultLabel, 15),
    `<line x1="${px(x0 + 200)}" x2="${px(x0 + 232)}" y1="${px(y - 4)}" y2="${px(y - 4)}" stroke="${TARGET}" stroke-width="3"${derived ? ' stroke-dasharray="8 4"' : ""}/>`,
    text(x0 + 240, y + 2, c.targetLabel, 15),
  ];
  if (c.kind === "progress")
    out.push(
      `<line x1="${px(x0 + 480)}" x2="${px(x0 + 480)}" y1="${px(y - 14)}" y2="${px(y + 4)}" stroke="${INK}" stroke-width="3" stroke-dasharray="6 4"/>`,
      text(x0 + 490, y + 2, c.elapsedText, 15),
    );
  if (c.kind === "bars" && c.lowerIsBetter)
    out.push(text(x0 + 480, y + 2, c.lowerIsBetter, 15, { fill: MUTED }));
  return out;
}

/**
 * The chart as a stand-alone SVG document: title, locality and period, status in words, the
 * chart with its unit, legend, source, permalink and export date. Every string is escaped and
 * only shapes and text are emitted — no script, event handler or foreignObject can appear.
 */
export function composeChartSvg(spec: ChartExportSpec): string {
  const { width: W, height: H } = spec;
  const m = 40;
  const chars = (size: number) => Math.floor((W - 2 * m) / (size * 0.56));
  const parts: string[] = [];
  let y = m + 30;
  for (const line of wrapText(spec.title, chars(30), 2)) {
    parts.push(text(m, y, line, 30, { weight: 700 }));
    y += 38;
  }
  parts.push(text(m, y, spec.subtitle, 20, { fill: MUTED }));
  const pillW = Math.min(360, spec.status.label.length * 11 + 28);
  parts.push(
    `<rect x="${px(W - m - pillW)}" y="${px(m)}" width="${px(pillW)}" height="36" rx="18" fill="${spec.status.background}" stroke="${spec.status.color}"/>`,
  );
  parts.push(
    text(W - m - pillW / 2, m + 24, spec.status.label, 17, {
      weight: 700,
      fill: spec.status.color,
      anchor: "middle",
    }),
  );
  y += 30;
  for (const line of wrapText(spec.summary, chars(17), 2)) {
    parts.push(text(m, y, line, 17));
    y += 24;
  }
  const footerH = 26 * spec.footer.length + 10;
  const box = { x: m, y: y + 10, w: W - 2 * m, h: H - y - 10 - footerH - 74 };
  parts.push(
    ...(spec.chart.kind === "bars"
      ? bars(spec.chart, box, spec.unitLabel)
      : progress(spec.chart, box)),
  );
  parts.push(...legend(spec, m, box.y + box.h + 36));
  // Footer lines shrink to fit (down to 11 px), then are cut by characters — never at spaces,
  // so a permalink is never dropped whole.
  spec.footer.forEach((line, i) => {
    const size = Math.max(11, Math.min(14, Math.floor((W - 2 * m) / (line.length * 0.56))));
    const fitted = line.length > chars(size) ? `${line.slice(0, chars(size) - 1)}…` : line;
    parts.push(text(m, H - m - 26 * (spec.footer.length - 1 - i), fitted, size, { fill: MUTED }));
  });
  const style = `<style>${spec.fontCss}text{font-family:${FONT}}</style>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" lang="${x(spec.lang)}" role="img" aria-label="${x(spec.title)}">`,
    `<title>${x(spec.title)}</title>`,
    `<desc>${x(spec.summary)}</desc>`,
    style,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}
