import { describe, expect, it } from "vitest";
import { parsePeriod } from "../domain/period";
import type { Figure, Indicator } from "../domain/types";
import { buildComparisons } from "./build";

const POVERTY: Indicator = {
  slug: "poverty-rate",
  unit: "percent",
  direction: "lower",
  accumulation: "level",
  growthOf: null,
};
const POOR: Indicator = { ...POVERTY, slug: "poor-households", unit: "households" };
const OUTPUT: Indicator = { ...POVERTY, slug: "output", direction: "higher", accumulation: "flow" };

let n = 0;
function fig(p: Partial<Figure> & Pick<Figure, "indicatorSlug" | "kind" | "period">): Figure {
  const period = parsePeriod(p.period);
  return {
    id: `c${n++}`,
    sourceId: "s",
    localitySlug: "ninh-thuan",
    year: period?.year ?? 0,
    periodPart: period?.part ?? "FY",
    comparator: "eq",
    value: null,
    min: null,
    max: null,
    unit: "percent",
    basis: "level",
    outcomeType: null,
    outcomeValue: null,
    estimated: false,
    doubtful: false,
    publishedOn: null,
    authority: null,
    ...p,
  };
}

describe("comparisons across bases", () => {
  it("computes Ninh Thuận's 2024 poverty-rate change from the October rate and the 2023 rate", () => {
    const target = fig({
      indicatorSlug: "poverty-rate",
      kind: "target",
      period: "2024",
      comparator: "range",
      min: -2,
      max: -1.5,
      basis: "pp_change",
    });
    const october = fig({
      indicatorSlug: "poverty-rate",
      kind: "actual",
      period: "2024-10M",
      value: 2.76,
    });
    const end2023 = fig({
      indicatorSlug: "poverty-rate",
      kind: "actual",
      period: "2023",
      value: 4.21,
    });
    const c = buildComparisons([target, october, end2023], [POVERTY]).find(
      (x) => x.year === 2024 && x.basis === "pp_change",
    );
    expect(c?.conversion).toEqual({
      kind: "level_minus_base",
      result: -1.45,
      input: { figureId: october.id, value: 2.76, period: "2024-10M" },
      base: { figureId: end2023.id, value: 4.21, period: "2023" },
    });
    // A cut of 1.45 points by October against a target of 1.5–2: interim, behind.
    expect(c).toMatchObject({ status: "behind", interim: true, verdictBasis: "computed" });
  });

  it("adds a change to last year's level: Hải Hà's poor households, 67 at the end of 2023, 39 fewer by June", () => {
    const c = buildComparisons(
      [
        fig({ indicatorSlug: "poor-households", kind: "target", period: "2024", value: 0 }),
        fig({ indicatorSlug: "poor-households", kind: "actual", period: "2023", value: 67 }),
        fig({
          indicatorSlug: "poor-households",
          kind: "actual",
          period: "2024-H1",
          value: -39,
          basis: "abs_change",
        }),
      ],
      [POOR],
    ).find((x) => x.year === 2024 && x.basis === "level");
    expect(c?.conversion).toMatchObject({ kind: "base_plus_change", result: 28 });
    expect(c).toMatchObject({ status: "behind", interim: true });
  });

  it("never converts a flow (two years may be at different prices) or without a base", () => {
    const flows = buildComparisons(
      [
        fig({
          indicatorSlug: "output",
          kind: "target",
          period: "2024",
          value: 10,
          basis: "yoy_pct",
        }),
        fig({ indicatorSlug: "output", kind: "actual", period: "2024", value: 120 }),
        fig({ indicatorSlug: "output", kind: "actual", period: "2023", value: 100 }),
      ],
      [OUTPUT],
    ).find((x) => x.year === 2024 && x.basis === "yoy_pct");
    expect(flows).toMatchObject({ status: "no_result", conversion: null });
    const noBase = buildComparisons(
      [
        fig({
          indicatorSlug: "poverty-rate",
          kind: "target",
          period: "2024",
          value: -2,
          basis: "pp_change",
        }),
        fig({ indicatorSlug: "poverty-rate", kind: "actual", period: "2024", value: 3 }),
      ],
      [POVERTY],
    ).find((x) => x.basis === "pp_change");
    expect(noBase).toMatchObject({ status: "no_result", conversion: null });
  });
});
