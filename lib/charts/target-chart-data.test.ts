import { describe, expect, it } from "vitest";
import { targetChartSeries } from "./target-chart-data";

const label = (p: string) => p;
const target = (
  t: Partial<{
    comparator: string;
    value: number | null;
    min: number | null;
    max: number | null;
    derived: boolean;
  }>,
) => ({
  target: {
    figureId: "t",
    source: "s",
    period: "2024",
    comparator: "eq",
    value: null,
    min: null,
    max: null,
    unit: "bn_vnd",
    derived: false,
    ...t,
  } as never,
  actual: {
    figureId: "a",
    source: "s",
    period: "2024",
    comparator: "eq",
    value: 1,
    unit: "bn_vnd",
    reported: null,
  } as never,
});

describe("targetChartSeries", () => {
  it("draws a single target as a line and orders results through the year", () => {
    const s = targetChartSeries(
      target({ comparator: "gte", value: 4000 }),
      [
        { id: "fy", period: "2024", value: 4100, min: null },
        { id: "q1", period: "2024-Q1", value: 1207, min: null },
      ],
      "higher",
      label,
    );
    expect(s.bars.map((b) => b.label)).toEqual(["2024-Q1", "2024"]);
    expect(s.target).toEqual({ kind: "line", value: 4000, derived: false, figureId: "t" });
    expect(s.domain).toEqual([0, 5000]);
    expect(s.ticks).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    expect(s.reversed).toBe(false);
    expect(s.bars.map((b) => b.partial)).toEqual([true, false]);
  });

  it("draws one bar per period: the comparison's own result, else a final over an estimate", () => {
    // Ninh Thuận 2024 budget revenue: 4,248 (an estimate, superseded) and 4,950 for the year.
    const s = targetChartSeries(
      {
        ...target({ comparator: "approx", value: 4000 }),
        actual: { figureId: "f950", period: "2024", comparator: "eq", value: 4950 } as never,
      },
      [
        { id: "q1", period: "2024-Q1", value: 1207, min: null },
        { id: "h1", period: "2024-H1", value: 2411, min: null },
        { id: "e248", period: "2024", value: 4248, min: null, estimated: true },
        { id: "f950", period: "2024", value: 4950, min: null },
        { id: "h1b", period: "2024-H1", value: 2400, min: null, estimated: true },
      ],
      "higher",
      label,
    );
    expect(s.bars.map((b) => [b.label, b.value])).toEqual([
      ["2024-Q1", 1207],
      ["2024-H1", 2411],
      ["2024", 4950],
    ]);
    expect(s.ticks).toEqual([0, 2000, 4000, 6000]);
  });

  it("keeps how each result is stated, for its value label", () => {
    // Bình Xuyên 2023: "more than 230,000" against a plan derived from "93.64% of plan".
    const s = targetChartSeries(
      target({ comparator: "approx", value: 245621.53, derived: true }),
      [{ id: "fy", period: "2023", value: 230000, min: null, comparator: "gt" }],
      "higher",
      label,
    );
    expect(s.bars[0]).toMatchObject({ value: 230000, comparator: "gt", partial: false });
    expect(s.ticks).toEqual([0, 100000, 200000, 300000]);
  });

  it("draws a range as a band and keeps it inside the domain", () => {
    const s = targetChartSeries(
      target({ comparator: "range", min: 11, max: 12 }),
      [{ id: "q1", period: "2024-Q1", value: 8.26, min: null }],
      "higher",
      label,
    );
    expect(s.target).toEqual({ kind: "band", min: 11, max: 12, figureId: "t" });
    // Round ticks: 0, 5, 10, 15 — never 11.25.
    expect(s.ticks).toEqual([0, 5, 10, 15]);
  });

  it("flips lower-is-better and spans negative changes", () => {
    const s = targetChartSeries(
      target({ comparator: "range", min: -3.5, max: -3 }),
      [{ id: "fy", period: "2024", value: -4.44, min: null }],
      "lower",
      label,
    );
    expect(s.reversed).toBe(true);
    expect(s.ticks).toEqual([-5, -4, -3, -2, -1, 0]);
    expect(s.domain).toEqual([-5, 0]);
  });

  it("marks a derived target", () => {
    const s = targetChartSeries(
      target({ comparator: "approx", value: 245621.53, derived: true }),
      [{ id: "fy", period: "2023", value: 230000, min: null }],
      "higher",
      label,
    );
    expect(s.target).toMatchObject({ kind: "line", derived: true });
  });

  it("draws a converted result, which has no figure of its own, from the comparison", () => {
    const s = targetChartSeries(
      {
        ...target({ comparator: "range", min: -2, max: -1.5 }),
        actual: { figureId: "a~b", period: "2024-10M", comparator: "eq", value: -1.45 } as never,
      },
      [],
      "lower",
      label,
    );
    expect(s.bars).toMatchObject([{ figureId: "a~b", value: -1.45, partial: true }]);
  });
});
