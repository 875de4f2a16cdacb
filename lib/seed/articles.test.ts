import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSeeds } from "./read";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHARED = path.resolve(ROOT, "../shared/sources");

describe("curated seeds", () => {
  it("pass every curation rule against the articles", () => {
    const result = readSeeds(path.join(ROOT, "seeds"), path.join(ROOT, "seeds/articles"));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  // seeds/articles keeps the repository self-contained; it must stay the project's copy.
  it.runIf(fs.existsSync(SHARED))("hold byte-identical copies of ../shared/sources", () => {
    const shared = fs
      .readdirSync(SHARED)
      .filter((n) => n.endsWith(".txt"))
      .sort();
    const ours = fs.readdirSync(path.join(ROOT, "seeds/articles")).sort();
    expect(ours).toEqual(shared);
    for (const name of shared)
      expect(fs.readFileSync(path.join(ROOT, "seeds/articles", name))).toEqual(
        fs.readFileSync(path.join(SHARED, name)),
      );
  });

  it("cover all five articles and every locality named in the issue", () => {
    const result = readSeeds(path.join(ROOT, "seeds"), path.join(ROOT, "seeds/articles"));
    if (!result.ok) throw new Error("seeds invalid");
    const bySource = Object.fromEntries(
      result.seeds.sources
        .filter((s) => s.data.source.type === "article")
        .map((s) => [s.data.source.id.slice(0, 3), s.data.source.locality]),
    );
    expect(bySource).toEqual({
      "000": "huong-hoa",
      "001": "ninh-thuan",
      "002": "binh-xuyen",
      "003": "hai-ha",
      "004": "ninh-thuan",
    });
  });
});
