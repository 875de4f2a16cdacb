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
    expect(s.domain[0]).toBe(0);
    expect(s.domain[1]).toBeGreaterThan(4100);
    expect(s.reversed).toBe(false);
  });

  it("draws a range as a band and keeps it inside the domain", () => {
    const s = targetChartSeries(
      target({ comparator: "range", min: 11, max: 12 }),
      [{ id: "q1", period: "2024-Q1", value: 8.26, min: null }],
      "higher",
      label,
    );
    expect(s.target).toEqual({ kind: "band", min: 11, max: 12, figureId: "t" });
    expect(s.domain[1]).toBeGreaterThanOrEqual(12);
  });

  it("flips lower-is-better and spans negative changes", () => {
    const s = targetChartSeries(
      target({ comparator: "range", min: -3.5, max: -3 }),
      [{ id: "fy", period: "2024", value: -4.44, min: null }],
      "lower",
      label,
    );
    expect(s.reversed).toBe(true);
    expect(s.domain[0]).toBeLessThanOrEqual(-4.44);
    expect(s.domain[1]).toBe(0);
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
});
