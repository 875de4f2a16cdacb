import { describe, expect, it } from "vitest";
import type { PeriodPart } from "../domain/period";
import { buildComparisons, scorecard } from "./build";
import type { Figure, Indicator } from "../domain/types";

const IND: Indicator[] = [
  {
    slug: "budget-revenue",
    unit: "bn_vnd",
    direction: "higher",
    accumulation: "flow",
    growthOf: null,
  },
  {
    slug: "grdp-growth",
    unit: "percent",
    direction: "higher",
    accumulation: "rate",
    growthOf: "grdp",
  },
  { slug: "grdp", unit: "bn_vnd", direction: "higher", accumulation: "flow", growthOf: null },
  {
    slug: "poverty-rate",
    unit: "percent",
    direction: "lower",
    accumulation: "level",
    growthOf: null,
  },
  {
    slug: "targets-met",
    unit: "targets",
    direction: "higher",
    accumulation: "level",
    growthOf: null,
  },
];

let n = 0;
function fig(p: Partial<Figure> & Pick<Figure, "indicatorSlug" | "kind" | "period">): Figure {
  const part = (p.period.split("-")[1] ?? "FY") as PeriodPart;
  return {
    id: `f${n++}`,
    sourceId: "s1",
    localitySlug: "x",
    year: Number(p.period.slice(0, 4)),
    periodPart: part,
    comparator: "eq",
    value: null,
    min: null,
    max: null,
    unit: "bn_vnd",
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
const only = (figs: Figure[]) => {
  const all = buildComparisons(figs, IND);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe("buildComparisons", () => {
  it("pairs a target and a result from different articles (Ninh Thuận budget: Q1 1,207 of ≥ 4,000 is on track)", () => {
    const c = only([
      fig({
        indicatorSlug: "budget-revenue",
        kind: "target",
        period: "2024",
        comparator: "gte",
        value: 4000,
        sourceId: "004",
      }),
      fig({
        indicatorSlug: "budget-revenue",
        kind: "actual",
        period: "2024-Q1",
        value: 1207,
        sourceId: "001",
        outcomeType: "pct_of_plan",
        outcomeValue: 30.2,
      }),
    ]);
    expect(c).toMatchObject({ status: "on_track", interim: true, elapsed: 0.25, progress: 30.18 });
    expect(c.target?.source).toBe("004");
    expect(c.actual?.reported).toEqual({ type: "pct_of_plan", value: 30.2 });
  });

  it.each<[string, number, string]>([
    ["flow at H1 above half the target", 19000, "on_track"],
    ["flow at H1 exactly half the target", 18000, "on_track"],
    ["flow at H1 below half the target", 17999, "behind"],
  ])("interim %s", (_name, value, status) => {
    const c = only([
      fig({
        indicatorSlug: "budget-revenue",
        kind: "target",
        period: "2024",
        comparator: "gt",
        value: 36000,
      }),
      fig({ indicatorSlug: "budget-revenue", kind: "actual", period: "2024-H1", value }),
    ]);
    expect(c.status).toBe(status);
    expect(c.interim).toBe(true);
  });

  it("compares a rate year-to-date with the target itself (Q1 growth 8.26 vs 11–12 is behind)", () => {
    const c = only([
      fig({
        indicatorSlug: "grdp-growth",
        kind: "target",
        period: "2024",
        comparator: "range",
        min: 11,
        max: 12,
        unit: "percent",
      }),
      fig({
        indicatorSlug: "grdp-growth",
        kind: "actual",
        period: "2024-Q1",
        value: 8.26,
        unit: "percent",
      }),
    ]);
    expect(c).toMatchObject({ status: "behind", interim: true });
    const ahead = only([
      fig({
        indicatorSlug: "grdp-growth",
        kind: "target",
        period: "2024",
        comparator: "range",
        min: 11,
        max: 12,
        unit: "percent",
      }),
      fig({
        indicatorSlug: "grdp-growth",
        kind: "actual",
        period: "2024-H1",
        value: 12.5,
        unit: "percent",
      }),
    ]);
    expect(ahead.status).toBe("on_track");
  });

  it("gives a full-year result a final status, never capped", () => {
    const c = only([
      fig({ indicatorSlug: "budget-revenue", kind: "target", period: "2023", value: 1000 }),
      fig({ indicatorSlug: "budget-revenue", kind: "actual", period: "2023", value: 1500 }),
    ]);
    expect(c).toMatchObject({ status: "exceeded", interim: false, progress: 150, elapsed: null });
  });

  it("uses the latest result of the year", () => {
    const c = only([
      fig({ indicatorSlug: "budget-revenue", kind: "target", period: "2023", value: 1000 }),
      fig({ indicatorSlug: "budget-revenue", kind: "actual", period: "2023-Q1", value: 100 }),
      fig({ indicatorSlug: "budget-revenue", kind: "actual", period: "2023", value: 900 }),
      fig({ indicatorSlug: "budget-revenue", kind: "actual", period: "2023-H1", value: 600 }),
    ]);
    expect(c).toMatchObject({ status: "missed", interim: false, progress: 90 });
    expect(c.actual?.period).toBe("2023");
  });

  it("pairs a base indicator's % change with its growth-rate target", () => {
    const c = only([
      fig({
        indicatorSlug: "grdp-growth",
        kind: "target",
        period: "2023",
        comparator: "gte",
        value: 16.8,
        unit: "percent",
      }),
      fig({
        indicatorSlug: "grdp",
        kind: "actual",
        period: "2023",
        value: 9.3,
        basis: "yoy_pct",
        unit: "percent",
      }),
    ]);
    expect(c).toMatchObject({ indicator: "grdp-growth", basis: "level", status: "missed" });
  });

  it("lower is better: a poverty rate under its target is exceeded, progress is not a ratio", () => {
    const c = only([
      fig({
        indicatorSlug: "poverty-rate",
        kind: "target",
        period: "2023",
        value: 3,
        unit: "percent",
      }),
      fig({
        indicatorSlug: "poverty-rate",
        kind: "actual",
        period: "2023",
        value: 2.5,
        unit: "percent",
      }),
    ]);
    expect(c).toMatchObject({ status: "exceeded", progress: null });
  });

  it("takes the source's word when it states only an outcome, with the target marked derived", () => {
    const pct = only([
      fig({
        indicatorSlug: "grdp",
        kind: "actual",
        period: "2023",
        comparator: "gt",
        value: 230000,
        outcomeType: "pct_of_plan",
        outcomeValue: 93.64,
      }),
    ]);
    expect(pct).toMatchObject({ status: "missed", verdictBasis: "stated", progress: 93.64 });
    expect(pct.target).toMatchObject({ derived: true, figureId: null, value: 245621.53 });
    const above = only([
      fig({
        indicatorSlug: "grdp",
        kind: "actual",
        period: "2023",
        value: 3000,
        outcomeType: "pct_above_plan",
        outcomeValue: 3.6,
      }),
    ]);
    expect(above).toMatchObject({ status: "exceeded", verdictBasis: "stated", progress: 103.6 });
    expect(above.target?.value).toBeCloseTo(2895.75, 2);
    const word = only([
      fig({
        indicatorSlug: "budget-revenue",
        kind: "actual",
        period: "2023",
        value: 3400,
        outcomeType: "exceeded",
      }),
    ]);
    expect(word).toMatchObject({ status: "exceeded", verdictBasis: "stated", target: null });
  });

  it("takes an outcome stated without a number as the verdict, even beside a target", () => {
    const c = only([
      fig({ indicatorSlug: "budget-revenue", kind: "target", period: "2023", value: 830 }),
      fig({
        indicatorSlug: "budget-revenue",
        kind: "actual",
        period: "2023",
        outcomeType: "missed",
      }),
    ]);
    expect(c).toMatchObject({ status: "missed", verdictBasis: "stated", progress: null });
  });

  it("keeps the computed verdict when the source states another, and shows the disagreement", () => {
    const c = only([
      fig({ indicatorSlug: "budget-revenue", kind: "target", period: "2023", value: 1000 }),
      fig({
        indicatorSlug: "budget-revenue",
        kind: "actual",
        period: "2023",
        value: 900,
        outcomeType: "achieved",
      }),
    ]);
    expect(c).toMatchObject({
      status: "missed",
      verdictBasis: "computed",
      disagreement: "achieved",
    });
  });

  it("uses the final figure over an estimate, and a later report over an earlier one", () => {
    const estimate = fig({
      indicatorSlug: "budget-revenue",
      kind: "actual",
      period: "2024",
      value: 4248,
      estimated: true,
      publishedOn: "2024-12-20",
    });
    const final = fig({
      indicatorSlug: "budget-revenue",
      kind: "actual",
      period: "2024",
      value: 4950,
      publishedOn: "2025-02-01",
    });
    const target = fig({
      indicatorSlug: "budget-revenue",
      kind: "target",
      period: "2024",
      value: 4000,
    });
    const c = only([estimate, target, final]);
    expect(c.actual?.figureId).toBe(final.id);
    expect(c.others).toEqual([{ figureId: estimate.id, relation: "superseded" }]);
    const rival = fig({ ...final, id: "rival", value: 4700, sourceId: "s0" });
    expect(only([final, rival, target]).others).toEqual([
      { figureId: "rival", relation: "disagrees" },
    ]);
  });

  it("marks a verdict that rests on a doubtful figure", () => {
    const c = only([
      fig({ indicatorSlug: "budget-revenue", kind: "target", period: "2023", value: 830 }),
      fig({
        indicatorSlug: "budget-revenue",
        kind: "actual",
        period: "2023",
        value: 1000,
        doubtful: true,
      }),
    ]);
    expect(c).toMatchObject({ status: "exceeded", doubtful: true });
  });

  it("marks targets without results no result and results without targets no target", () => {
    expect(
      only([fig({ indicatorSlug: "budget-revenue", kind: "target", period: "2024", value: 830 })]),
    ).toMatchObject({ status: "no_result", actual: null, interim: false, verdictBasis: null });
    expect(
      only([fig({ indicatorSlug: "budget-revenue", kind: "actual", period: "2023", value: 1000 })]),
    ).toMatchObject({ status: "no_target", target: null });
  });

  it("keeps different bases apart and leaves source scorecards out", () => {
    const all = buildComparisons(
      [
        fig({ indicatorSlug: "budget-revenue", kind: "actual", period: "2023", value: 3400 }),
        fig({
          indicatorSlug: "budget-revenue",
          kind: "actual",
          period: "2023",
          value: 22.6,
          basis: "yoy_pct",
        }),
        fig({ indicatorSlug: "targets-met", kind: "actual", period: "2023", value: 7 }),
      ],
      IND,
    );
    expect(all.map((c) => c.basis)).toEqual(["level", "yoy_pct"]);
    expect(scorecard(all)).toMatchObject({ no_target: 2, achieved: 0 });
  });
});
