import { describe, expect, it } from "vitest";
import { composeChartSvg, type ChartExportSpec } from "./chart-svg";

const HOSTILE =
  `<script>alert(1)</script><foreignObject><div onload="x()">` + `" onmouseover="alert(2)`;

function spec(over: Partial<ChartExportSpec> = {}): ChartExportSpec {
  return {
    width: 1280,
    height: 720,
    lang: "vi",
    title: "Tổng giá trị sản xuất",
    subtitle: "Hải Hà · năm 2024",
    status: { label: "Đúng tiến độ", color: "#0c4a6e", background: "#e0f2fe" },
    summary: "Tổng giá trị sản xuất, Hải Hà, năm 2024: chỉ tiêu hơn 36.000 tỷ đồng.",
    unitLabel: "tỷ đồng",
    chart: {
      kind: "bars",
      series: {
        bars: [{ key: "a", label: "6 tháng đầu năm 2024", value: 19658, figureId: "a" }],
        target: { kind: "line", value: 36000, derived: false, figureId: "t" },
        domain: [0, 40000],
        reversed: false,
        unit: "bn_vnd",
      },
      targetLabel: "Chỉ tiêu",
      resultLabel: "Kết quả",
      lowerIsBetter: null,
      format: (n) => n.toLocaleString("vi-VN"),
    },
    footer: [
      "Nguồn: bài 003",
      "Liên kết: http://localhost/vi/localities/hai-ha?year=2024",
      "Xuất ngày 2026-11-23",
    ],
    fontCss: "",
    ...over,
  };
}

describe("composeChartSvg", () => {
  it("holds the title with diacritics, the unit, legend, status and footer", () => {
    const svg = composeChartSvg(spec());
    expect(svg).toContain("<title>Tổng giá trị sản xuất</title>");
    for (const s of [
      "Hải Hà · năm 2024",
      "tỷ đồng",
      "Kết quả",
      "Chỉ tiêu",
      "Đúng tiến độ",
      "Xuất ngày 2026-11-23",
      "19.658",
    ])
      expect(svg).toContain(s);
  });

  it("never emits script, event handlers or foreignObject, whatever the labels hold", () => {
    const svg = composeChartSvg(
      spec({
        title: HOSTILE,
        subtitle: HOSTILE,
        summary: HOSTILE,
        unitLabel: HOSTILE,
        lang: HOSTILE,
        status: { label: HOSTILE, color: "#000000", background: "#ffffff" },
        footer: [HOSTILE],
        chart: {
          ...(spec().chart as Extract<ChartExportSpec["chart"], { kind: "bars" }>),
          targetLabel: HOSTILE,
          resultLabel: HOSTILE,
          series: {
            bars: [{ key: "a", label: HOSTILE, value: 1, figureId: "a" }],
            target: null,
            domain: [0, 2],
            reversed: false,
            unit: "x",
          },
        },
      }),
    );
    // Markup in labels is text: every raw "<" starts one of our own elements.
    const tags = [...svg.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)];
    const names = new Set(tags.map((m) => m[1]?.toLowerCase()));
    expect([...names].sort()).toEqual(["desc", "line", "rect", "style", "svg", "text", "title"]);
    const attributes = tags.flatMap((m) =>
      [...(m[2] ?? "").matchAll(/([a-zA-Z-:]+)="/g)].map((a) => a[1]?.toLowerCase()),
    );
    expect(attributes.filter((a) => a?.startsWith("on"))).toEqual([]);
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("draws an interim progress bar with the elapsed share", () => {
    const svg = composeChartSvg(
      spec({
        chart: {
          kind: "progress",
          progress: 54.6,
          elapsed: 0.5,
          progressText: "54,6% chỉ tiêu",
          elapsedText: "Phần năm đã qua: 50%",
          resultLabel: "Kết quả",
          targetLabel: "Chỉ tiêu",
          resultText: "Kết quả: hơn 19.658 tỷ đồng",
          targetText: "Chỉ tiêu: hơn 36.000 tỷ đồng",
        },
      }),
    );
    expect(svg).toContain("54,6% chỉ tiêu");
    expect(svg).toContain("Phần năm đã qua: 50%");
  });
});
