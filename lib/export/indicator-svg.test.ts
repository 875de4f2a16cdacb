import { describe, expect, it } from "vitest";
import {
  drawnSeries,
  legendEntries,
  roleTexts,
  wellFormed,
} from "../../scripts/test-support/svg-parts";
import {
  composeIndicatorSvg,
  type IndicatorImageRow,
  type IndicatorImageSpec,
} from "./indicator-svg";

const EXCEEDED = { label: "Exceeded", color: "#065f46", background: "#d1fae5" };

// Budget revenue 2024 in Ninh Thuận and Hướng Hóa, as lib/view/indicator-export.ts words it.
const NINH_THUAN: IndicatorImageRow = {
  id: "ninh-thuan-level",
  name: "Ninh Thuận",
  target: { kind: "bar", value: 4000, derived: false },
  targetText: "Target about 4,000 bn VND",
  result: { value: 4950, partial: false },
  resultText: "Result 4,950 bn VND · 123.8% of target",
  verdict: { pill: EXCEEDED, notes: [], doubtful: null },
};
const HUONG_HOA: IndicatorImageRow = {
  id: "huong-hoa-level",
  name: "Hướng Hóa",
  target: { kind: "band", min: 800, max: 900 },
  targetText: "Target 800–900 bn VND",
  result: null,
  resultText: "No result in our sources",
  verdict: {
    pill: { label: "No result", color: "#292524", background: "#f5f5f4" },
    notes: [],
    doubtful: null,
  },
};

function spec(rows: IndicatorImageRow[], over: Partial<IndicatorImageSpec> = {}) {
  return {
    width: 1280,
    height: 720,
    lang: "en",
    title: "State budget revenue 2024: targets and results by locality",
    subtitle: "Budget · Unit: bn VND · Higher is better",
    tally: [EXCEEDED],
    note: "One pair of bars per locality.",
    desc: "State budget revenue 2024",
    groups: [
      {
        heading: "Unit: bn VND",
        ticks: [0, 2000, 4000, 6000],
        tickTexts: ["0", "2,000", "4,000", "6,000"],
        rows,
      },
    ],
    legend: {
      target: "Target",
      range: "Target range",
      derived: "Target (derived)",
      result: "Full-year result",
      partial: "Result for part of the year only",
    },
    footer: {
      sources: "Sources: EIN Presswire",
      link: "Link: /en/indicators/budget-revenue/2024#across",
      exported: "Exported on 23 November 2026 from Chỉ tiêu",
    },
    fontCss: "",
    ...over,
  } satisfies IndicatorImageSpec;
}

describe("composeIndicatorSvg", () => {
  it("draws a bar pair per row with its words and verdict, and a legend of what is drawn", () => {
    const svg = composeIndicatorSvg(spec([NINH_THUAN, HUONG_HOA]));
    expect(wellFormed(svg)).toBe(true);
    expect(roleTexts(svg, "row-name")).toEqual(["Ninh Thuận", "Hướng Hóa"]);
    expect(roleTexts(svg, "result-text")).toEqual([
      "Result 4,950 bn VND · 123.8% of target",
      "No result in our sources",
    ]);
    expect(roleTexts(svg, "verdict")).toEqual(["Exceeded", "No result"]);
    expect(roleTexts(svg, "tick")).toEqual(["0", "2,000", "4,000", "6,000"]);
    expect(drawnSeries(svg)).toEqual(new Set(["target", "result", "target-range"]));
    expect(legendEntries(svg)).toEqual([
      { series: "target", label: "Target" },
      { series: "target-range", label: "Target range" },
      { series: "result", label: "Full-year result" },
    ]);
  });

  it("a result bar is as long as its value on the group's scale, a target bar too", () => {
    const svg = composeIndicatorSvg(spec([NINH_THUAN]));
    const width = (series: string) =>
      Number(new RegExp(`width="([\\d.]+)"[^>]*data-series="${series}"`).exec(svg)?.[1]);
    expect(width("result") / width("target")).toBeCloseTo(4950 / 4000, 2);
  });

  it("grows for many rows and marks part-year results hatched", () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      ...NINH_THUAN,
      id: `l-${i}`,
      result: { value: 1000 + i, partial: i % 2 === 0 },
    }));
    const svg = composeIndicatorSvg(spec(rows));
    expect(svg.match(/<g data-row="/g)).toHaveLength(60);
    expect(Number(/height="(\d+)"/.exec(svg)?.[1])).toBeGreaterThan(60 * 50);
    expect(legendEntries(svg).map((e) => e.series)).toEqual(["target", "result", "partial"]);
  });
});
