import { describe, expect, it } from "vitest";
import type { Comparison } from "@/lib/domain/types";
import { scorecard } from "@/lib/status/build";
import { bulletGeometry, bulletRows, bulletScore, type BulletIndicator } from "./bullet-data";
import {
  bacAiPovertyPp,
  haiHaProduction,
  haiHaTrainedLabour10M,
  indicators,
  ninhThuanBudget,
  ninhThuanGrdpQ1NoTarget,
  ninhThuanGrowth,
  ninhThuanInvestmentH1,
  ninhThuanJobsH1,
  ninhThuanPovertyPp,
  target,
} from "./bullet-fixtures";

const of = (slug: string) => indicators.find((i) => i.slug === slug) as BulletIndicator;

describe("bulletGeometry", () => {
  it("Hải Hà 2024 total production value: a tick open to the right, on a scale to 37,000 × 1.1", () => {
    const g = bulletGeometry(haiHaProduction, of("total-production-value"));
    expect(g?.domain[0]).toBe(0);
    expect(g?.domain[1]).toBeCloseTo(40700);
    expect(g?.target).toEqual({ kind: "tick", at: 88.5, derived: false, open: "right" });
    expect(g?.bar).toEqual({ from: 0, to: 90.9, partial: false });
    expect(g?.expected).toBeNull();
  });

  it("Ninh Thuận 2024 budget revenue: result 4,950 past the 4,000 tick", () => {
    const g = bulletGeometry(ninhThuanBudget, of("budget-revenue"));
    expect(g?.domain[1]).toBeCloseTo(5445);
    expect(g?.target).toEqual({ kind: "tick", at: 73.5, derived: false, open: null });
    expect(g?.bar?.to).toBe(90.9);
  });

  it("an H1 flow is drawn partial, with the expected-by-now marker at half the target", () => {
    const g = bulletGeometry(ninhThuanInvestmentH1, of("social-investment"));
    expect(g?.bar).toEqual({ from: 0, to: 30.7, partial: true }); // 7,740 of 25,190
    expect(g?.expected).toBe(45.5); // 0.5 × 22,900 = 11,450
  });

  it("a derived target (from a stated % of plan) is a dashed tick", () => {
    const g = bulletGeometry(ninhThuanJobsH1, of("new-jobs"));
    expect(g?.target).toMatchObject({ kind: "tick", derived: true, at: 90.9 });
    expect(g?.bar?.partial).toBe(true);
    expect(g?.expected).toBe(45.5);
  });

  it("a range is a band; an interim rate gets no expected-by-now marker", () => {
    const g = bulletGeometry(ninhThuanGrowth, of("grdp-growth"));
    expect(g?.target).toEqual({ kind: "band", from: 83.3, to: 90.9 });
    expect(g?.bar).toEqual({ from: 0, to: 66.2, partial: false });
  });

  it("lower is better, below zero: the scale is mirrored so that a larger fall is to the right", () => {
    const g = bulletGeometry(bacAiPovertyPp, of("poverty-rate"));
    expect(g?.flipped).toBe(true);
    expect(g?.zero).toBe(0);
    expect(g?.domain[0]).toBeCloseTo(-8.481);
    expect(g?.target).toEqual({ kind: "tick", at: 47.2, derived: false, open: "right" });
    expect(g?.bar).toEqual({ from: 0, to: 90.9, partial: false });
  });

  it("no result: the target alone", () => {
    const g = bulletGeometry(ninhThuanPovertyPp, of("poverty-rate"));
    expect(g?.target).toEqual({ kind: "band", from: 68.2, to: 90.9 });
    expect(g?.bar).toBeNull();
  });

  it("a stated outcome with no number draws nothing (the verdict alone)", () => {
    expect(bulletGeometry(haiHaTrainedLabour10M, of("trained-labour-rate"))).toBeNull();
  });

  it("a target of zero still gets a scale", () => {
    const zero = { ...ninhThuanPovertyPp, basis: "level" as const, target: target({ value: 0 }) };
    expect(bulletGeometry(zero, of("poverty-rate"))).toMatchObject({
      domain: [0, 1],
      target: { kind: "tick", at: 100 },
    });
  });
});

describe("bulletRows", () => {
  const all = [
    ninhThuanBudget,
    ninhThuanPovertyPp,
    ninhThuanGrdpQ1NoTarget,
    haiHaTrainedLabour10M,
    ninhThuanInvestmentH1,
    ninhThuanGrowth,
    ninhThuanJobsH1,
  ];

  it("puts missed and behind first, then met or on track, then no result; results without a target are left out", () => {
    const rows = bulletRows(all, indicators, "en");
    expect(rows.map((r) => `${r.comparison.indicator}:${r.comparison.status}`)).toEqual([
      "grdp-growth:missed", // economy
      "social-investment:behind", // economy
      "new-jobs:behind", // social
      "budget-revenue:exceeded", // budget
      "trained-labour-rate:on_track", // social
      "poverty-rate:no_result",
    ]);
  });

  it("anchors each row and links it to its card, or to the table of targets without a result", () => {
    const rows = bulletRows(all, indicators, "vi");
    const budget = rows.find((r) => r.comparison.indicator === "budget-revenue");
    expect(budget?.id).toBe("bullet-budget-revenue-level");
    expect(budget?.href).toBe("#cmp-ninh-thuan-budget-revenue-2024-level");
    const poverty = rows.find((r) => r.comparison.indicator === "poverty-rate");
    expect(poverty?.id).toBe("bullet-poverty-rate-pp_change");
    expect(poverty?.href).toBe("#no_result");
  });
});

describe("bulletScore", () => {
  it("counts exceeded and achieved over final verdicts only", () => {
    const counts = scorecard([
      haiHaProduction,
      ninhThuanBudget,
      ninhThuanGrowth,
      ninhThuanInvestmentH1,
      ninhThuanPovertyPp,
    ] as Comparison[]);
    expect(bulletScore(counts)).toEqual({ met: 2, total: 3 });
  });
});
