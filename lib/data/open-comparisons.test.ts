import { describe, expect, it } from "vitest";
import { openComparisons } from "./open-comparisons";
import { figureQuerySchema, parseQuery } from "../open-data/query";

// Against the real test database (data/test.db, loaded with the curated seeds).
const page = (q: string) => openComparisons.onePage(new URLSearchParams(q));
const rows = async (q: string) => {
  const r = await page(q);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.comparisons;
};
const key = (c: { locality: string; indicator: string; basis: string }) =>
  `${c.locality} ${c.indicator} ${c.basis}`;

describe("/api/comparisons with the reviewer's filters, no locality needed", () => {
  it("status: 2023's missed targets across all localities, Bình Xuyên's growth among them", async () => {
    const missed = await rows("year=2023&status=missed");
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.every((c) => c.status === "missed")).toBe(true);
    expect(missed.find((c) => key(c) === "binh-xuyen production-value-growth level")).toMatchObject(
      {
        target: { comparator: "gte", value: 16.8 },
        actual: { value: 9.3 },
        verdictBasis: "computed",
      },
    );
    // Scorecards are figures ("30 targets met"), never comparison rows.
    expect(missed.some((c) => /targets-met/.test(c.indicator))).toBe(false);
  });

  it("verdict basis, category and province narrow it further", async () => {
    const stated = await rows("year=2023&status=missed&verdictBasis=stated");
    expect(stated.map(key)).toContain("binh-xuyen total-production-value level");
    expect(stated.every((c) => c.verdictBasis === "stated")).toBe(true);
    const budget = await rows("year=2023&category=budget&province=ninh-thuan");
    expect(budget.map(key).sort()).toEqual(
      expect.arrayContaining([
        "ninh-thuan budget-revenue level",
        "ninh-thuan customs-revenue level",
      ]),
    );
    expect(budget.every((c) => c.locality === "ninh-thuan" || c.locality === "bac-ai")).toBe(true);
    const vinhPhuc = await rows("year=2023&province=vinh-phuc");
    expect(new Set(vinhPhuc.map((c) => c.locality))).toEqual(new Set(["binh-xuyen"]));
    // With a locality outside the province, nothing.
    expect(await rows("year=2023&locality=hai-ha&province=ninh-thuan")).toEqual([]);
  });

  it("the whole download holds the same rows as the page", async () => {
    const whole = await openComparisons.whole(new URLSearchParams("year=2023&status=missed"));
    if (!whole.ok) throw new Error("refused");
    const all = [];
    for await (const batch of whole.batches) all.push(...batch);
    expect(all.map(key)).toEqual((await rows("year=2023&status=missed")).map(key));
  });

  it("names the parameter it refuses", async () => {
    for (const [q, parameter] of [
      ["province=bac-ai", "province"], // a district: use locality
      ["province=atlantis", "province"],
      ["verdictBasis=guessed", "verdictBasis"],
      ["status=great", "status"],
      ["category=sports", "category"],
      ["bom=2", "bom"],
    ] as const) {
      const r = await page(q);
      expect(r.ok, q).toBe(false);
      if (!r.ok) expect(r.error.parameter).toBe(parameter);
    }
  });

  it("accepts bom=0|1 on both lists and leaves the rows as they are", async () => {
    expect((await rows("year=2023&status=missed&bom=1")).map(key)).toEqual(
      (await rows("year=2023&status=missed")).map(key),
    );
    const figures = parseQuery(new URLSearchParams("year=2023&bom=1"), figureQuerySchema);
    expect(figures).toEqual({ ok: true, data: { year: 2023, bom: "1" } });
  });
});
