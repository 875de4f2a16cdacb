import { describe, expect, it } from "vitest";
import { checkFigureAgainstArticle } from "../../lib/seed/curation";
import { figureSchema } from "../../lib/seed/schema";
import { nationalCatalog, nationalSource } from "./national";

describe("synthetic national dataset", () => {
  it("has the pre-2025 map's size at scale 1", () => {
    const c = nationalCatalog(1);
    expect(c.localities.filter((l) => l.level === "province")).toHaveLength(63);
    expect(c.localities.filter((l) => l.level === "district")).toHaveLength(693);
    expect(c.indicators).toHaveLength(40);
  });
  it("yields over 500,000 figures over ten years, each valid and quoted", () => {
    const c = nationalCatalog(1);
    const { file, article } = nationalSource("huyen-mau-1-1", 2020, c.indicators);
    expect(file.figures.length * c.localities.length * 10).toBeGreaterThan(500_000);
    for (const f of file.figures) {
      expect(figureSchema.safeParse(f).success).toBe(true);
      expect(checkFigureAgainstArticle(f, article, "a", "en")).toEqual([]);
    }
  });
  it("is deterministic", () => {
    const c = nationalCatalog(0.1);
    expect(nationalSource("tinh-mau-1", 2019, c.indicators)).toEqual(
      nationalSource("tinh-mau-1", 2019, c.indicators),
    );
  });
});
