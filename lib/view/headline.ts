import type { Comparison } from "../domain/types";

// The figures a reader looks for first, in this order, where a locality has them.
const HEADLINE = [
  "grdp-growth",
  "economic-growth",
  "production-value-growth",
  "poverty-rate",
  "budget-revenue",
];

export function headlineComparisons(comparisons: Comparison[]): Comparison[] {
  return HEADLINE.flatMap((slug) =>
    comparisons.filter((c) => c.indicator === slug && c.basis === "level"),
  );
}
