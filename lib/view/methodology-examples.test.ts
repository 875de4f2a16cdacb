import { describe, expect, it } from "vitest";
import type { IndicatorDetail } from "../data/comparisons";
import type { Comparison } from "../domain/types";
import { whatIfExample } from "./methodology-examples";

const ind = (slug: string, direction: "higher" | "lower") =>
  ({
    slug,
    direction,
    accumulation: "level",
    unit: "percent",
    growthOf: null,
    nameEn: slug,
    nameVi: slug,
    category: "social",
  }) as IndicatorDetail;
const target = (indicator: string, min: number, max: number): Comparison => ({
  locality: "huong-hoa",
  indicator,
  year: 2024,
  basis: "level",
  status: "no_result",
  verdictBasis: null,
  disagreement: null,
  doubtful: false,
  others: [],
  conversion: null,
  progress: null,
  interim: false,
  elapsed: null,
  actual: null,
  target: {
    figureId: "t",
    source: "000",
    period: "2024",
    comparator: "range",
    value: null,
    min,
    max,
    unit: "percent",
    derived: false,
  },
});

describe("whatIfExample", () => {
  it("judges results above, inside and below a real higher-is-better range", () => {
    const w = whatIfExample([target("income", 43, 45)], [ind("income", "higher")], "higher");
    expect(w?.results).toEqual([
      { value: 47, status: "exceeded" },
      { value: 44, status: "achieved" },
      { value: 41, status: "missed" },
    ]);
  });
  it("flips for lower is better", () => {
    const w = whatIfExample([target("poverty", -3.5, -3)], [ind("poverty", "lower")], "lower");
    expect(w?.results).toEqual([
      { value: -4, status: "exceeded" },
      { value: -3.25, status: "achieved" },
      { value: -2.5, status: "missed" },
    ]);
  });
});
