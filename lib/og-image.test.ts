import { describe, expect, it } from "vitest";
import type { Comparison } from "./domain/types";
import { chartOpenGraph } from "./og-image";

const cmp = (indicator: string, actual: boolean): Comparison =>
  ({
    locality: "binh-xuyen",
    indicator,
    year: 2023,
    basis: "level",
    target: { comparator: "gte", value: 16.8 },
    actual: actual ? { value: 9.3, reported: null } : null,
  }) as unknown as Comparison;

describe("chartOpenGraph", () => {
  const comparisons = [cmp("clean-roads-rate", false), cmp("production-value-growth", true)];
  const path = "/en/localities/binh-xuyen/2023";

  it("links the page and its headline chart image under SITE_URL when set", () => {
    const og = chartOpenGraph(
      "en",
      "Bình Xuyên",
      comparisons,
      path,
      "https://chitieu.example.org/",
    );
    expect(og).toMatchObject({
      url: "https://chitieu.example.org/en/localities/binh-xuyen/2023",
      images: [
        {
          url: "https://chitieu.example.org/api/chart-image?locality=binh-xuyen&indicator=production-value-growth&year=2023&basis=level&lang=en",
        },
      ],
    });
  });

  it("gives paths alone without SITE_URL: no host from a request", () => {
    const og = chartOpenGraph("en", "Bình Xuyên", comparisons, path, "");
    expect(og?.url).toBe(path);
    expect(JSON.stringify(og?.images)).toContain('"url":"/api/chart-image?locality=binh-xuyen');
  });

  it("falls back to a target alone when no chart has a result", () => {
    const og = chartOpenGraph("vi", "Bình Xuyên", [cmp("clean-roads-rate", false)], path, "");
    expect(JSON.stringify(og?.images)).toContain("indicator=clean-roads-rate");
  });
});
