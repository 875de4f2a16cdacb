import { describe, expect, it } from "vitest";
import type { Comparator, Direction } from "../domain/enums";
import type { Comparison } from "../domain/types";
import { scorecard } from "../status/build";
import {
  gapOf,
  mergeNotables,
  notables,
  scoreboardGroups,
  groupScorecards,
  type ScorecardFigure,
} from "./scoreboard";

// Real-shaped comparisons: Bình Xuyên's 2023 production value growth (at least 16.8 %, 9.3 %
// reached), Ninh Thuận's 2023 customs revenue (stated: 33.3 % of plan), a poverty rate.
// Defaults spread from a variable: fields the type gains later (a conversion) need no edit here.
const DEFAULTS = {
  year: 2023,
  basis: "level" as const,
  target: null,
  actual: null,
  status: "missed" as const,
  progress: null,
  interim: false,
  elapsed: null,
  verdictBasis: "computed" as const,
  disagreement: null,
  doubtful: false,
  others: [],
  conversion: null,
};
function cmp(over: Partial<Comparison> & Pick<Comparison, "locality" | "indicator">): Comparison {
  return { ...DEFAULTS, ...over };
}
const target = (comparator: Comparator, value: number | null, range?: [number, number]) => ({
  figureId: "t",
  source: "s",
  period: "2023",
  comparator,
  value,
  min: range?.[0] ?? null,
  max: range?.[1] ?? null,
  unit: "percent",
  derived: false,
});
const actual = (
  value: number | null,
  reported: NonNullable<Comparison["actual"]>["reported"] = null,
) => ({
  figureId: "a",
  source: "s",
  period: "2023",
  comparator: "eq" as const,
  value,
  unit: "percent",
  reported,
  estimated: false,
  doubtful: false,
});

const growthMiss = cmp({
  locality: "binh-xuyen",
  indicator: "production-value-growth",
  target: target("gte", 16.8),
  actual: actual(9.3),
  progress: 55.36,
});
const customsMiss = cmp({
  locality: "ninh-thuan",
  indicator: "customs-revenue",
  target: { ...target("approx", 150.15), figureId: null, derived: true, unit: "bn_vnd" },
  actual: { ...actual(50, { type: "pct_of_plan", value: 33.3 }), unit: "bn_vnd" },
  progress: 33.3,
  verdictBasis: "stated",
});
const povertyMet = cmp({
  locality: "ninh-thuan",
  indicator: "poverty-rate",
  status: "exceeded",
  target: target("range", null, [1, 1.5]),
  actual: actual(1.2),
});
const wordsOnly = cmp({
  locality: "bac-ai",
  indicator: "budget-revenue",
  status: "exceeded",
  actual: actual(null, { type: "exceeded", value: null }),
  verdictBasis: "stated",
});
const directions = new Map<string, Direction>([
  ["production-value-growth", "higher"],
  ["customs-revenue", "higher"],
  ["poverty-rate", "lower"],
  ["budget-revenue", "higher"],
]);

describe("gapOf", () => {
  it("measures a shortfall from the target, as a share of it", () => {
    expect(gapOf(growthMiss, "higher")).toBeCloseTo(-44.64, 2); // (9.3 − 16.8) / 16.8
  });
  it("takes a stated % of plan as the source's own measure", () => {
    expect(gapOf(customsMiss, "higher")).toBeCloseTo(-66.7, 6);
  });
  it("flips the sense for lower-is-better, from the end of a range that decides", () => {
    expect(gapOf(povertyMet, "lower")).toBeCloseTo(20, 6); // 1.2 against "at most 1.5"
  });
  it("has no number for a verdict stated in words", () => {
    expect(gapOf(wordsOnly, "higher")).toBeNull();
  });
  it("measures a neither-way target by how far outside it the result lies", () => {
    const c = cmp({
      locality: "x",
      indicator: "y",
      target: target("range", null, [4, 5]),
      actual: actual(6),
    });
    expect(gapOf(c, "neither")).toBeCloseTo(-20, 6);
  });
});

describe("notables", () => {
  it("ranks final verdicts by the size of the gap, words-only verdicts last, interim never", () => {
    const interim = cmp({ ...growthMiss, locality: "hai-ha", interim: true, status: "behind" });
    const pending = cmp({
      locality: "hai-ha",
      indicator: "budget-revenue",
      status: "no_result",
      verdictBasis: null,
    });
    const n = notables(
      [growthMiss, wordsOnly, customsMiss, povertyMet, interim, pending],
      directions,
    );
    expect(n.misses.map((x) => x.comparison.indicator)).toEqual([
      "customs-revenue",
      "production-value-growth",
    ]);
    expect(n.successes.map((x) => x.comparison.indicator)).toEqual([
      "poverty-rate",
      "budget-revenue",
    ]);
  });
  it("puts a verdict resting on a doubtful figure after the sound ones", () => {
    const doubtful = { ...customsMiss, doubtful: true };
    const n = notables([doubtful, growthMiss], directions);
    expect(n.misses.map((x) => x.comparison.locality)).toEqual(["binh-xuyen", "ninh-thuan"]);
  });
  it("merges years into the same top three as one pass over all of them", () => {
    const all = [growthMiss, customsMiss, povertyMet, wordsOnly];
    const merged = mergeNotables(
      notables(all.slice(0, 2), directions, 1),
      notables(all.slice(2), directions, 1),
      1,
    );
    expect(merged).toEqual(notables(all, directions, 1));
  });
});

describe("scoreboardGroups", () => {
  const places = [
    { slug: "quang-ninh", level: "province", parentSlug: null, nameVi: "Quảng Ninh" },
    { slug: "hai-ha", level: "district", parentSlug: "quang-ninh", nameVi: "Hải Hà" },
    { slug: "ninh-thuan", level: "province", parentSlug: null, nameVi: "Ninh Thuận" },
    { slug: "bac-ai", level: "district", parentSlug: "ninh-thuan", nameVi: "Bác Ái" },
    { slug: "lac", level: "district", parentSlug: null, nameVi: "Lạc" },
  ];
  const cells = new Map([
    ["hai-ha|2024", scorecard([growthMiss])],
    ["ninh-thuan|2023", scorecard([customsMiss])],
    ["ninh-thuan|2024", scorecard([povertyMet])],
    ["lac|2024", scorecard([])],
  ]);
  const card = (id: string, sourceId: string): ScorecardFigure => ({
    id,
    sourceId,
    localitySlug: "hai-ha",
    indicatorSlug: "targets-met",
    period: "2023",
    year: 2023,
    comparator: "eq",
    value: 16,
    min: null,
    max: null,
    unit: "targets",
    outOf: 19,
  });
  it("orders provinces by Vietnamese name, each before its districts, years newest first", () => {
    const groups = scoreboardGroups(places, cells, [card("a", "web"), card("b", "article")]);
    expect(groups.map((g) => [g.province, g.rows.map((r) => r.slug)])).toEqual([
      ["ninh-thuan", ["ninh-thuan"]],
      ["quang-ninh", ["hai-ha"]],
      [null, ["lac"]],
    ]);
    expect(groups[0]?.rows[0]?.years.map((y) => y.year)).toEqual([2024, 2023]);
    // The same scorecard from two sources is listed once, in a year with no comparisons.
    const haiHa = groups[1]?.rows[0]?.years;
    expect(
      haiHa?.map((y) => [y.year, y.counts?.missed ?? null, y.sourceScorecards.length]),
    ).toEqual([
      [2024, 1, 0],
      [2023, null, 1],
    ]);
  });
  it("groups the same count from several reports, first seen first", () => {
    const other = { ...card("c", "web-2"), value: 15 };
    expect(
      groupScorecards([card("a", "article"), other, card("b", "web")]).map((g) =>
        g.map((f) => f.id),
      ),
    ).toEqual([["a", "b"], ["c"]]);
  });
  it("keeps only the given provinces (a page of them at national scale)", () => {
    const groups = scoreboardGroups(places, cells, [], new Set(["quang-ninh"]));
    expect(groups.map((g) => g.province)).toEqual(["quang-ninh"]);
  });
});
