import { describe, expect, it } from "vitest";
import type { BulletGeometry } from "@/lib/charts/bullet-data";
import {
  drawnSeries,
  legendEntries,
  roleTexts,
  wellFormed,
} from "../../scripts/test-support/svg-parts";
import { composeBulletSvg, type BulletImageRow, type BulletImageSpec } from "./bullet-svg";

const HOSTILE = `<script>alert(1)</script><foreignObject>" onload="x()`;

// Ninh Thuận 2024 budget revenue, as lib/view/bullet-export.ts words it.
const REVENUE: BulletImageRow = {
  id: "bullet-budget-revenue-level",
  name: "Thu ngân sách nhà nước trên địa bàn",
  mirrored: null,
  geometry: {
    domain: [0, 5445],
    flipped: false,
    zero: 0,
    target: { kind: "tick", at: 73.5, derived: false, open: null },
    bar: { from: 0, to: 90.9, partial: false },
    expected: null,
  },
  color: "#065f46",
  numbers: "Chỉ tiêu khoảng 4.000 tỷ đồng · Kết quả 4.950 tỷ đồng · 123,8% chỉ tiêu",
  verdict: {
    pill: { label: "Vượt", color: "#065f46", background: "#d1fae5" },
    notes: [],
    doubtful: null,
  },
};
const BAND: BulletGeometry = {
  domain: [0, 10],
  flipped: false,
  zero: 0,
  target: { kind: "band", from: 60, to: 80 },
  bar: null,
  expected: null,
};

function spec(rows: BulletImageRow[], over: Partial<BulletImageSpec> = {}): BulletImageSpec {
  return {
    width: 1280,
    height: 720,
    lang: "vi",
    title: "Ninh Thuận 2024: 5/7 chỉ tiêu đạt",
    subtitle: "Chỉ tiêu và kết quả, mỗi dòng một chỉ tiêu",
    tally: [{ label: "Vượt: 1", color: "#065f46", background: "#d1fae5" }],
    note: "Chỉ tiêu đạt: các chỉ tiêu vượt hoặc đạt.",
    desc: "Ninh Thuận 2024",
    rows,
    legend: {
      target: "chỉ tiêu",
      range: "khoảng chỉ tiêu",
      open: "ít nhất / hơn",
      derived: "chỉ tiêu suy ra từ kết quả được nêu",
      result: "kết quả",
      partial: "kết quả mới một phần năm",
      expected: "mức lũy kế cần đạt đến nay",
      lowerIsBetter: null,
    },
    footer: {
      sources: "Nguồn: Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2024 của Ninh Thuận",
      link: "Liên kết: /vi/localities/ninh-thuan/2024#bullet",
      exported: "Xuất ngày 23/11/2026 từ Chỉ tiêu",
    },
    fontCss: "",
    ...over,
  };
}
const height = (svg: string) => Number(/height="(\d+)"/.exec(svg)?.[1]);

describe("composeBulletSvg", () => {
  it("draws every row however many, growing the canvas; the footer below the last row", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...REVENUE,
      id: `row-${i}`,
      geometry: BAND,
    }));
    const svg = composeBulletSvg(spec(many));
    expect(wellFormed(svg)).toBe(true);
    expect(svg.match(/<g data-row="/g)).toHaveLength(40);
    expect(roleTexts(svg, "row-name")).toHaveLength(40);
    expect(height(svg)).toBeGreaterThan(40 * 60);
    const [above = ""] = svg.split('<g transform="translate(0 ');
    const lowest = Math.max(
      ...[...above.matchAll(/<text\b[^>]*\sy="([\d.]+)"/g)].map((m) => Number(m[1])),
    );
    const footTop = Number(/<g transform="translate\(0 ([\d.]+)\)">/.exec(svg)?.[1]);
    expect(lowest).toBeGreaterThan(40 * 60);
    expect(footTop).toBeGreaterThan(lowest);
    expect(footTop).toBeLessThan(height(svg));
  });

  it("keeps the least height for a few rows, and the document width", () => {
    const slide = composeBulletSvg(spec([REVENUE]));
    expect(height(slide)).toBe(720);
    const doc = composeBulletSvg(spec([REVENUE], { width: 960, height: 640 }));
    expect(doc).toMatch(/^<svg [^>]*width="960" height="640"/);
  });

  it("lists in the legend only the marks drawn, and the mirrored note as a note", () => {
    const svg = composeBulletSvg(spec([REVENUE]));
    expect(legendEntries(svg)).toEqual([
      { series: "target", label: "chỉ tiêu" },
      { series: "result", label: "kết quả" },
    ]);
    for (const e of legendEntries(svg)) expect(drawnSeries(svg)).toContain(e.series);
    const mirrored = composeBulletSvg(
      spec([{ ...REVENUE, mirrored: "càng thấp càng tốt" }], {
        legend: { ...spec([]).legend, lowerIsBetter: "Các dòng được vẽ đảo chiều." },
      }),
    );
    expect(mirrored).toContain('<g data-note="">');
    expect(roleTexts(mirrored, "row-mirrored")).toEqual(["càng thấp càng tốt"]);
  });

  it("draws a doubtful verdict's warning as a shape, and escapes every string", () => {
    const svg = composeBulletSvg(
      spec(
        [
          {
            ...REVENUE,
            name: HOSTILE,
            verdict: { ...REVENUE.verdict, notes: [HOSTILE], doubtful: "số liệu đáng ngờ" },
          },
        ],
        { title: HOSTILE, subtitle: HOSTILE },
      ),
    );
    expect(wellFormed(svg)).toBe(true);
    expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+="/);
    expect(roleTexts(svg, "warning")).toEqual(["số liệu đáng ngờ"]);
    expect(svg).not.toContain("⚠");
    expect(roleTexts(svg, "title").join("")).toBe(HOSTILE);
  });
});
