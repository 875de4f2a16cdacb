import { describe, expect, it } from "vitest";
import type { Comparison } from "@/lib/domain/types";
import { trajectory } from "./trajectory-data";

type Year = Parameters<typeof trajectory>[0][number];
const target = (t: Partial<NonNullable<Comparison["target"]>>, period: string) => ({
  figureId: "t",
  source: "s",
  period,
  comparator: "eq" as const,
  value: null,
  min: null,
  max: null,
  unit: "pp",
  derived: false,
  ...t,
});
const actual = (value: number | null, period: string, reported: "achieved" | null = null) => ({
  figureId: "a",
  source: "s",
  period,
  comparator: "eq" as const,
  value,
  unit: "pp",
  reported: reported ? { type: reported, value: null } : null,
  estimated: false,
  doubtful: false,
});
const band = (y: string) => target({ comparator: "range", min: -2, max: -1.5 }, y);

// Ninh Thuận, poverty rate, change in percentage points (lower is better), as data/test.db has it.
const NINH_THUAN: Year[] = [
  {
    year: 2024,
    target: band("2024"),
    actual: actual(-1.45, "2024-10M"),
    status: "behind",
    interim: true,
    verdictBasis: "computed",
  },
  {
    year: 2022,
    target: target({ value: -1.5 }, "2022"),
    actual: actual(-1.89, "2022"),
    status: "exceeded",
    interim: false,
    verdictBasis: "computed",
  },
  {
    year: 2023,
    target: band("2023"),
    actual: actual(-1.72, "2023"),
    status: "achieved",
    interim: false,
    verdictBasis: "computed",
  },
];
const LOWER = { direction: "lower" as const };

describe("trajectory", () => {
  it("lays out Ninh Thuận's poverty-rate change oldest first, better up", () => {
    const t = trajectory(NINH_THUAN, LOWER, "Poverty rate", "en");
    expect(t?.years.map((y) => [y.year, y.x, y.status])).toEqual([
      [2022, 16.7, "exceeded"],
      [2023, 50, "achieved"],
      // The 10-month result is left out: the year has a target and no full-year result yet.
      [2024, 83.3, "no_result"],
    ]);
    const [y22, y23, y24] = t?.years ?? [];
    // Flipped: −1.89 (better) sits above the −1.5 target.
    expect(y22?.target).toMatchObject({ kind: "tick", open: null });
    expect(y22?.result?.y).toBeLessThan(y22?.target?.kind === "tick" ? y22.target.y : 0);
    expect(y23?.target).toMatchObject({ kind: "band" });
    expect(y24?.result).toBeNull();
    // No zero line: every number is below zero, and the scale is fitted to them.
    expect(t?.zero).toBeNull();
  });

  it("says every year in words, in the reader's language", () => {
    expect(trajectory(NINH_THUAN, LOWER, "Poverty rate", "en")?.alt).toBe(
      "Poverty rate over the years: 2022: target -1.5 pp, result -1.89 pp, exceeded; " +
        "2023: target −2 to −1.5 pp, result -1.72 pp, achieved; " +
        "2024: target −2 to −1.5 pp, no full-year result.",
    );
    expect(trajectory(NINH_THUAN, LOWER, "Tỷ lệ hộ nghèo", "vi")?.alt).toBe(
      "Tỷ lệ hộ nghèo qua các năm: 2022: chỉ tiêu -1,5 điểm %, kết quả -1,89 điểm %, vượt; " +
        "2023: chỉ tiêu −2 đến −1,5 điểm %, kết quả -1,72 điểm %, đạt; " +
        "2024: chỉ tiêu −2 đến −1,5 điểm %, chưa có kết quả cả năm.",
    );
  });

  it("draws a verdict stated without a number hollow, at the target", () => {
    const stated: Year = {
      year: 2023,
      target: target({ comparator: "gt", value: 36000, unit: "bn_vnd" }, "2023"),
      actual: actual(null, "2023", "achieved"),
      status: "achieved",
      interim: false,
      verdictBasis: "stated",
    };
    const t = trajectory([NINH_THUAN[1] as Year, stated], { direction: "higher" }, "X", "en");
    const y = t?.years[1];
    expect(y?.target).toMatchObject({ kind: "tick", open: "up" });
    expect(y?.result).toEqual({ y: y?.target?.kind === "tick" ? y.target.y : -1, hollow: true });
    expect(y?.text).toBe(
      "2023: target more than 36,000 bn VND, result stated without a number, achieved (as the source states)",
    );
  });

  it("needs two years with a target or a full-year result", () => {
    expect(trajectory(NINH_THUAN.slice(1, 2), LOWER, "X", "en")).toBeNull();
    const interimOnly = { ...(NINH_THUAN[0] as Year), target: null };
    expect(trajectory([NINH_THUAN[1] as Year, interimOnly], LOWER, "X", "en")).toBeNull();
  });
});
