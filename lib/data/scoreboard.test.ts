import { describe, expect, it, vi } from "vitest";
import { scorecard } from "../status/build";
import { scoreboardGroups } from "../view/scoreboard";
import { getComparisons } from "./comparisons";
import { getScoreboard } from "./scoreboard";

// Read from data/test.db (the curated seeds) through the server's read-only client. The mock
// stands in for the `server-only` guard where vitest.config.ts does not alias it.
vi.mock("server-only", () => ({}));
vi.hoisted(() => {
  process.env.DATABASE_URL ??= "file:./data/test.db";
});

describe("getScoreboard on the curated data", () => {
  it("counts Hải Hà 2024 as the locality page does, with the sources' own scorecards beside", async () => {
    const b = await getScoreboard();
    const haiHa = b.cells.get("hai-ha|2024");
    expect(haiHa).toMatchObject({
      exceeded: 3,
      achieved: 1,
      missed: 1,
      on_track: 6,
      no_target: 19,
    });
    // Seven targets have no full-year result: "no result", or "behind" where a half-year result
    // converts from another basis (poor households: 67 in 2023, 39 fewer by H1 2024).
    expect((haiHa?.no_result ?? 0) + (haiHa?.behind ?? 0)).toBe(7);
    // The same counts the locality page computes from its own read.
    expect(haiHa).toEqual(scorecard(await getComparisons({ locality: "hai-ha", year: 2024 })));
    const groups = scoreboardGroups(b.localities, b.cells, b.sourceScorecards);
    expect(groups.map((g) => g.province)).toEqual([
      "ninh-thuan",
      "quang-ninh",
      "quang-tri",
      "vinh-phuc",
    ]);
    const haiHa2023 = groups[1]?.rows
      .find((r) => r.slug === "hai-ha")
      ?.years.find((y) => y.year === 2023);
    expect(haiHa2023?.sourceScorecards.map((f) => [f.value, f.outOf])).toEqual([[16, 19]]);
    // Bình Xuyên 2023: "30/32", "100%" and "16/18", each reported by two sources, listed once.
    const binhXuyen = groups[3]?.rows[0]?.years.find((y) => y.year === 2023);
    expect(binhXuyen?.sourceScorecards.map((f) => f.indicatorSlug)).toEqual([
      "targets-met",
      "party-building-targets-met",
      "socio-economic-targets-met",
    ]);
    // The largest shortfall: Ninh Thuận's 2023 customs revenue, 33.3 % of plan as the source
    // states; then Bình Xuyên's 2023 production value growth, 9.3 % against at least 16.8 %.
    const [first, second] = b.notable.misses;
    expect([
      first?.comparison.locality,
      first?.comparison.indicator,
      first?.comparison.year,
    ]).toEqual(["ninh-thuan", "customs-revenue", 2023]);
    expect(first?.comparison.verdictBasis).toBe("stated");
    expect(first?.gap).toBeCloseTo(-66.7, 6);
    expect(second?.comparison.indicator).toBe("production-value-growth");
    expect(second?.comparison.target?.value).toBe(16.8);
    expect(second?.comparison.actual?.value).toBe(9.3);
    expect(b.notable.successes).toHaveLength(3);
    for (const n of [...b.notable.misses, ...b.notable.successes])
      expect(n.comparison.interim).toBe(false);
    expect(b.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(b.dataAsOf! >= "2024-02-27").toBe(true); // Hướng Hóa's 2023 results, published then
  });
});
