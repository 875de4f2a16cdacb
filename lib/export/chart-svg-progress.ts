import { progressGeometry } from "@/lib/charts/progress-chart-data";
import { chip, line, rect, type Box, type Plot, type PlotSpec } from "./chart-svg-plot";
import { barFill, COLORS } from "./chart-svg-style";
import { svgText, textWidth } from "./svg-text";

type Progress = Extract<PlotSpec, { kind: "progress" }>;

/**
 * An interim flow: a hatched bar to the share of the target reached so far, a scale in shares
 * of the target under it, the target's line labelled with its value, and the share of the year
 * elapsed marked and labelled at the marker.
 */
export function progressPlot(spec: Progress, box: Box, k: number): Plot {
  const g = progressGeometry(spec.progress, spec.elapsed);
  const size = 16 * k;
  const bar = { x: box.x, y: box.y + box.h / 2 - 44 * k, w: box.w, h: 56 * k };
  const at = (pct: number) => bar.x + (bar.w * pct) / 100;
  const right = bar.x + bar.w;
  // A label centred on x, kept inside the bar's width.
  const centred = (x: number, w: number) => Math.max(bar.x, Math.min(right - w, x - w / 2));
  const tx = at(g.full);
  const ex = at(g.marker);

  // The target's words beside its line: left of it, else right of it, else a row higher.
  const resultW = textWidth(spec.resultText, size, true);
  const targetW = textWidth(spec.targetText, size, true);
  const rowY = (row: number) => bar.y - 14 * k - 30 * k * row;
  const beside =
    tx - 10 * k - targetW >= bar.x + resultW + 20 * k
      ? { x: tx - 10 * k - targetW, row: 0 }
      : tx + 10 * k + targetW <= right
        ? { x: tx + 10 * k, row: tx + 10 * k > bar.x + resultW + 20 * k ? 0 : 1 }
        : { x: Math.max(bar.x, tx - 10 * k - targetW), row: 1 };

  const dash = spec.derived ? ' stroke-dasharray="10 6"' : "";
  const parts = [
    rect(bar, `fill="${COLORS.grid}" rx="6"`),
    rect({ ...bar, w: (bar.w * g.fill) / 100 }, `${barFill(true)} data-series="partial"`),
    line(
      ex,
      ex,
      bar.y - 8 * k,
      bar.y + bar.h + 40 * k,
      `stroke="${COLORS.ink}" stroke-width="3" stroke-dasharray="6 4" data-series="elapsed"`,
    ),
  ];
  // The scale, in shares of the target: 0 %, 25 %, … to the end of the track.
  const scale = Math.max(100, spec.progress, spec.elapsed * 100);
  for (let p = 0; p <= scale + 1e-9; p += scale > 200 ? 50 : 25) {
    const x = at((p / scale) * 100);
    const s = spec.percentText(p);
    const w = textWidth(s, 13 * k) + 6 * k;
    const cx = centred(x, w) + w / 2;
    parts.push(line(x, x, bar.y + bar.h, bar.y + bar.h + 6 * k, `stroke="${COLORS.muted}"`));
    const o = { fill: COLORS.muted, anchor: "middle" as const, role: "tick" };
    parts.push(
      ...chip(
        { x: cx - w / 2, y: bar.y + bar.h + 8 * k, w, h: 18 * k },
        cx,
        bar.y + bar.h + 22 * k,
        s,
        13 * k,
        o,
      ),
    );
  }
  const ew = textWidth(spec.elapsedText, size);
  parts.push(
    line(
      tx,
      tx,
      bar.y - 8 * k - 30 * k * beside.row,
      bar.y + bar.h + 6 * k,
      `stroke="${COLORS.target}" stroke-width="3"${dash} data-series="target"`,
    ),
    svgText(bar.x, rowY(0), spec.resultText, size, { weight: 700, role: "value" }),
    svgText(beside.x, rowY(beside.row), spec.targetText, size, {
      weight: 700,
      fill: COLORS.target,
      role: "target-label",
    }),
    svgText(centred(ex, ew), bar.y + bar.h + 60 * k, spec.elapsedText, size, {
      role: "elapsed-label",
    }),
  );
  return {
    parts,
    legend: [
      { series: "partial", swatch: "partial", label: spec.legend.result },
      { series: "target", swatch: spec.derived ? "dashed" : "line", label: spec.legend.target },
      { series: "elapsed", swatch: "marker", label: spec.legend.elapsed },
    ],
  };
}
