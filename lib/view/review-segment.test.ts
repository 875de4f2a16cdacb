import { describe, expect, it } from "vitest";
import { parseReviewSegment, reviewHref, reviewSegment } from "./review-segment";

describe("review segments", () => {
  it("reads a year alone, with the defaults", () => {
    expect(parseReviewSegment("2023")).toEqual({ year: 2023, sort: "locality", page: 1 });
  });

  it("reads every filter, slugs with hyphens included", () => {
    expect(
      parseReviewSegment(
        "2023.status-missed.basis-stated.category-economy.indicator-production-value-growth.province-vinh-phuc.sort-progress-desc.page-2",
      ),
    ).toEqual({
      year: 2023,
      status: "missed",
      basis: "stated",
      category: "economy",
      indicator: "production-value-growth",
      province: "vinh-phuc",
      sort: "progress-desc",
      page: 2,
    });
    expect(parseReviewSegment("2024.status-no_result")).toMatchObject({ status: "no_result" });
  });

  it("writes the shortest segment, and reads back what it writes", () => {
    const view = {
      year: 2023,
      status: "missed",
      province: "ninh-thuan",
      sort: "progress",
      page: 1,
    } as const;
    expect(reviewSegment(view)).toBe("2023.status-missed.province-ninh-thuan.sort-progress");
    expect(parseReviewSegment(reviewSegment(view))).toEqual(view);
    expect(reviewSegment({ year: 2024, sort: "locality", page: 1 })).toBe("2024");
    expect(reviewHref("vi", { year: 2023, basis: "computed", page: 3 })).toBe(
      "/vi/review/2023.basis-computed.page-3",
    );
  });

  it("still reads the defaults when written out", () => {
    expect(parseReviewSegment("2023.sort-locality.page-1")).toEqual({
      year: 2023,
      sort: "locality",
      page: 1,
    });
  });

  it("rejects what names no view", () => {
    for (const bad of [
      "",
      "latest",
      "23",
      "1899",
      "2023.",
      "2023..status-missed",
      "2023.missed", // positional values are not the grammar
      "2023.status-great",
      "2023.status-",
      "2023.colour-red",
      "2023.basis-guessed",
      "2023.category-sports",
      "2023.indicator-Budget",
      "2023.indicator-budget_revenue",
      "2023.province-ninh--thuan",
      "2023.sort-random",
      "2023.page-0",
      "2023.page-02",
      "2023.page-x",
      "2023.status-missed.status-achieved", // a key twice
      "2023.category-budget.status-missed", // out of order: one spelling per view
      "2023.sort-progress.status-missed",
      `2023.indicator-${"a".repeat(81)}`,
    ])
      expect(parseReviewSegment(bad), bad).toBeNull();
  });
});
