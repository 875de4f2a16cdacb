import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleCoverage } from "./coverage";
import { readSeeds } from "./read";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("curation coverage", () => {
  it("accounts for every number in the five articles: used by a figure or skipped with a reason", () => {
    const result = readSeeds(path.join(ROOT, "seeds"), path.join(ROOT, "seeds/articles"));
    if (!result.ok) throw new Error("seeds invalid");
    const articles = result.seeds.sources.filter((s) => s.article !== null);
    expect(articles).toHaveLength(5);
    for (const { data, article } of articles) {
      const rows = articleCoverage(data, article ?? "");
      expect(
        rows.filter((r) => r.status === "missing"),
        data.source.id,
      ).toEqual([]);
    }
    // Hải Hà's 36,000 bn VND production value target is one of the numbers a figure uses.
    const haiHa = articles.find((s) => s.data.source.id.startsWith("003"));
    const rows = articleCoverage(haiHa!.data, haiHa!.article ?? "");
    expect(rows.find((r) => r.token === "36.000")).toMatchObject({
      status: "used",
      by: "total-production-value",
    });
  });
});
