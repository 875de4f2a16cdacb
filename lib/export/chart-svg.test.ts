import { describe, expect, it } from "vitest";
import {
  drawnSeries,
  legendEntries,
  roleTexts,
  wellFormed,
} from "../../scripts/test-support/svg-parts";
import { composeChartSvg, type ChartExportSpec } from "./chart-svg";
import { textWidth } from "./svg-text";

const HOSTILE =
  `<script>alert(1)</script><foreignObject><div onload="x()">` + `" onmouseover="alert(2)`;

type Bars = Extract<ChartExportSpec["chart"], { kind: "bars" }>;

// Hải Hà 2024 total production value, worded as lib/view/chart-export.ts words it.
const BARS: Bars = {
  kind: "bars",
  bars: [
    { label: "chỉ 6 tháng đầu năm", value: 19658, valueText: "> 19.658", partial: true },
    { label: "Cả năm", value: 37000, valueText: "> 37.000", partial: false },
  ],
  ticks: [0, 10000, 20000, 30000, 40000],
  reversed: false,
  tickText: (n) => n.toLocaleString("vi-VN"),
  unitLabel: "tỷ đồng",
  target: { kind: "line", value: 36000, derived: false, label: "Chỉ tiêu > 36.000 tỷ đồng" },
  note: null,
  legend: {
    result: "Kết quả cả năm",
    partial: "Kết quả mới một phần năm",
    target: "Chỉ tiêu",
    lowerIsBetter: null,
  },
};

function spec(over: Partial<ChartExportSpec> = {}): ChartExportSpec {
  return {
    width: 1280,
    height: 720,
    lang: "vi",
    title: "Tổng giá trị sản xuất",
    subtitle: "Hải Hà · năm 2024",
    status: {
      label: "Đạt",
      color: "#14532d",
      background: "#dcfce7",
      detail: "102,8% chỉ tiêu, tính từ chỉ tiêu và kết quả",
      warning: null,
    },
    summary: "Tổng giá trị sản xuất, Hải Hà, năm 2024: chỉ tiêu hơn 36.000 tỷ đồng.",
    chart: BARS,
    footer: {
      sources: "Nguồn: Huyện Hải Hà (Quảng Ninh): kết quả năm 2024, Vietnam.vn",
      link: "Liên kết: /vi/localities/hai-ha/2024#cmp-hai-ha-total-production-value-2024-level",
      exported: "Xuất ngày 23/11/2026 từ Chỉ tiêu",
    },
    fontCss: "",
    ...over,
  };
}

const height = (svg: string) => Number(/<svg [^>]*height="(\d+)"/.exec(svg)?.[1]);

describe("composeChartSvg", () => {
  it("holds title, status with its basis, unit, target label, legend and footer", () => {
    const svg = composeChartSvg(spec());
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain("<title>Tổng giá trị sản xuất</title>");
    expect(roleTexts(svg, "status")).toEqual(["Đạt"]);
    expect(roleTexts(svg, "verdict")).toEqual(["102,8% chỉ tiêu, tính từ chỉ tiêu và kết quả"]);
    expect(roleTexts(svg, "unit")).toEqual(["tỷ đồng"]);
    expect(roleTexts(svg, "target-label")).toEqual(["Chỉ tiêu > 36.000 tỷ đồng"]);
    expect(roleTexts(svg, "value")).toEqual(["> 19.658", "> 37.000"]);
    expect(roleTexts(svg, "tick")).toEqual(["0", "10.000", "20.000", "30.000", "40.000"]);
    expect(roleTexts(svg, "exported")).toEqual(["Xuất ngày 23/11/2026 từ Chỉ tiêu"]);
  });

  it("lists in the legend exactly the series it draws", () => {
    const both = composeChartSvg(spec());
    expect(legendEntries(both).map((e) => e.series)).toEqual(["result", "partial", "target"]);
    for (const e of legendEntries(both)) expect(drawnSeries(both)).toContain(e.series);
    const alone = composeChartSvg(
      spec({ chart: { ...BARS, bars: [BARS.bars[1] as Bars["bars"][number]], target: null } }),
    );
    expect(legendEntries(alone)).toEqual([{ series: "result", label: "Kết quả cả năm" }]);
    expect(drawnSeries(alone)).toEqual(new Set(["result"]));
  });

  it("wraps a long source line whole and grows the canvas rather than cut it", () => {
    const sources = `Nguồn: ${Array.from({ length: 12 }, (_, i) => `Bài số ${i + 1} về kết quả kinh tế - xã hội của huyện Hải Hà, Vietnam.vn`).join("; ")}`;
    const svg = composeChartSvg(spec({ footer: { ...spec().footer, sources } }));
    const lines = roleTexts(svg, "source");
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.join(" ")).toBe(sources);
    expect(svg).not.toContain("…");
    expect(height(svg)).toBeGreaterThan(720);
    expect(height(composeChartSvg(spec()))).toBe(720);
  });

  it("marks a doubtful verdict with a drawn warning sign and words", () => {
    const svg = composeChartSvg(
      spec({ status: { ...spec().status, warning: "số liệu đáng ngờ" } }),
    );
    expect(roleTexts(svg, "warning")).toEqual(["số liệu đáng ngờ"]);
    expect(svg).toContain('data-role="warning-icon"');
  });

  it("says so in the plot when there is no bar, and draws the target alone", () => {
    const svg = composeChartSvg(
      spec({ chart: { ...BARS, bars: [], note: "Chưa có kết quả trong các nguồn" } }),
    );
    expect(roleTexts(svg, "note")).toEqual(["Chưa có kết quả trong các nguồn"]);
    expect(legendEntries(svg).map((e) => e.series)).toEqual(["target"]);
  });

  it("draws an interim flow as a hatched bar, the elapsed share labelled at its marker", () => {
    const svg = composeChartSvg(
      spec({
        chart: {
          kind: "progress",
          progress: 34.2,
          elapsed: 0.25,
          resultText: "Chỉ quý I: 1.880 tỷ đồng · 34,2% chỉ tiêu",
          targetText: "Chỉ tiêu ≈ 5.497,08 tỷ đồng (suy ra)",
          derived: true,
          elapsedText: "Đã qua 25% năm",
          percentText: (n) => `${n}%`,
          legend: {
            result: "Kết quả (chỉ quý I)",
            target: "Chỉ tiêu (suy ra)",
            elapsed: "Phần năm đã qua",
          },
        },
      }),
    );
    expect(roleTexts(svg, "value")).toEqual(["Chỉ quý I: 1.880 tỷ đồng · 34,2% chỉ tiêu"]);
    expect(roleTexts(svg, "target-label")).toEqual(["Chỉ tiêu ≈ 5.497,08 tỷ đồng (suy ra)"]);
    const marker = /<line x1="([\d.]+)"[^>]*data-series="elapsed"/.exec(svg)?.[1];
    const label = /<text data-role="elapsed-label" x="([\d.]+)"[^>]*>([^<]*)</.exec(svg);
    expect(label?.[2]).toBe("Đã qua 25% năm");
    // The label is centred on the marker.
    const w = textWidth("Đã qua 25% năm", 16);
    expect(Math.abs(Number(label?.[1]) + w / 2 - Number(marker))).toBeLessThan(1);
    for (const e of legendEntries(svg)) expect(drawnSeries(svg)).toContain(e.series);
  });

  it("never emits script, event handlers or foreignObject, whatever the labels hold", () => {
    const svg = composeChartSvg(
      spec({
        title: HOSTILE,
        subtitle: HOSTILE,
        summary: HOSTILE,
        lang: HOSTILE,
        status: {
          label: HOSTILE,
          color: "#000000",
          background: "#ffffff",
          detail: HOSTILE,
          warning: HOSTILE,
        },
        footer: { sources: HOSTILE, link: HOSTILE, exported: HOSTILE },
        chart: {
          ...BARS,
          unitLabel: HOSTILE,
          bars: [{ label: HOSTILE, value: 1, valueText: HOSTILE, partial: true }],
          target: { kind: "band", min: 1, max: 2, label: HOSTILE },
          legend: { result: HOSTILE, partial: HOSTILE, target: HOSTILE, lowerIsBetter: HOSTILE },
          reversed: true,
        },
      }),
    );
    expect(wellFormed(svg)).toBe(true);
    // Markup in labels is text: every raw "<" starts one of our own elements.
    const tags = [...svg.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)];
    const names = new Set(tags.map((m) => m[1]?.toLowerCase()));
    expect([...names].sort()).toEqual([
      "defs",
      "desc",
      "g",
      "line",
      "path",
      "pattern",
      "rect",
      "style",
      "svg",
      "text",
      "title",
    ]);
    const attributes = tags.flatMap((m) =>
      [...(m[2] ?? "").matchAll(/([a-zA-Z-:]+)="/g)].map((a) => a[1]?.toLowerCase()),
    );
    expect(attributes.filter((a) => a?.startsWith("on"))).toEqual([]);
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
