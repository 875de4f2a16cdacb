import { describe, expect, it } from "vitest";
import type { Comparison } from "../domain/types";
import {
  flattenComparison,
  OPEN_COMPARISON_COLUMNS,
  toOpenComparison,
  verdictFlags,
} from "./comparison-row";

// Ninh Thuận's 2024 new-rural communes: article 004's "2-3% of communes", a garbled translation
// the curator flags, is the only target; no result yet.
const c = (over: Partial<Comparison>): Comparison => ({
  locality: "ninh-thuan",
  indicator: "new-rural-communes",
  year: 2024,
  basis: "share",
  target: {
    figureId: "8efc513764db6856",
    source: "004_43cb72f90d74341f",
    period: "2024",
    comparator: "range",
    value: null,
    min: 2,
    max: 3,
    unit: "percent",
    derived: false,
  },
  actual: null,
  status: "no_result",
  progress: null,
  interim: false,
  elapsed: null,
  verdictBasis: null,
  disagreement: null,
  doubtful: true,
  others: [],
  conversion: null,
  ...over,
});
const actual = (doubtful: boolean) => ({
  figureId: "a1",
  source: "web-x",
  period: "2024",
  comparator: "eq" as const,
  value: 3,
  unit: "percent",
  reported: null,
  estimated: false,
  doubtful,
});

describe("verdictFlags", () => {
  it("reads a doubtful target off the comparison when its result is not doubtful", () => {
    expect(verdictFlags(c({}))).toEqual(["8efc513764db6856"]);
    expect(verdictFlags(c({ actual: actual(false) }))).toEqual(["8efc513764db6856"]);
    expect(verdictFlags(c({ doubtful: false }))).toEqual([]);
  });
  it("is exact with every doubtful figure's id", () => {
    const both = c({ actual: actual(true) });
    expect(verdictFlags(both)).toEqual(["a1"]);
    expect(verdictFlags(both, new Set(["8efc513764db6856", "a1"]))).toEqual([
      "8efc513764db6856",
      "a1",
    ]);
  });
});

describe("flattenComparison", () => {
  it("writes every column, lists space-separated and others as id:relation", () => {
    const row = toOpenComparison(
      c({
        actual: actual(false),
        status: "achieved",
        progress: 100,
        verdictBasis: "computed",
        others: [
          { figureId: "b2", relation: "superseded" },
          { figureId: "c3", relation: "disagrees" },
        ],
      }),
    );
    expect(row.percentOfTarget).toBe(100);
    const flat = flattenComparison({ ...row, localityName: "Ninh Thuận", indicatorName: "x" });
    expect(Object.keys(flat)).toEqual([...OPEN_COMPARISON_COLUMNS]);
    expect(flat).toMatchObject({
      locality_name: "Ninh Thuận",
      verdict_basis: "computed",
      flags: "8efc513764db6856",
      others: "b2:superseded c3:disagrees",
      percent_of_target: 100,
      target_id: "8efc513764db6856",
      actual_id: "a1",
    });
  });
});
