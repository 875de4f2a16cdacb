import { beforeAll, describe, expect, it } from "vitest";
import { getReviewData } from "../data/review";
import { STATUSES } from "../domain/enums";
import type { Comparison } from "../domain/types";
import {
  filterReview,
  provinceScope,
  reviewFlags,
  reviewOptions,
  sortReview,
  type SortContext,
} from "./review-rows";
import { reviewModel } from "./review-view";

// Against the real test database (data/test.db, loaded with the curated seeds): 2023 is the year
// whose verdicts are all in.
type Data = NonNullable<Awaited<ReturnType<typeof getReviewData>>>;
let data: Data;
let ctx: (locale: string) => SortContext;
const key = (c: Comparison) => `${c.locality} ${c.indicator} ${c.basis}`;

beforeAll(async () => {
  const d = await getReviewData(2023);
  if (!d) throw new Error("no 2023 data");
  data = d;
  const names = new Map(d.indicators.map((i) => [i.slug, i]));
  ctx = (locale) => ({
    localityRank: new Map(d.places.map((p, i) => [p.slug, i])),
    indicatorLabel: (s) => (locale === "vi" ? names.get(s)?.nameVi : names.get(s)?.nameEn) ?? s,
    locale,
  });
});

describe("the reviewer's filters, 2023 across all localities", () => {
  it("status missed: only missed targets, Bình Xuyên's production value growth among them", () => {
    const missed = filterReview(data.comparisons, data.indicators, { status: "missed" });
    expect(missed.every((c) => c.status === "missed")).toBe(true);
    expect(new Set(missed.map((c) => c.locality))).toEqual(new Set(["binh-xuyen", "ninh-thuan"]));
    expect(
      missed.find((c) => c.locality === "binh-xuyen" && c.indicator === "production-value-growth"),
    ).toMatchObject({
      verdictBasis: "computed",
      target: { comparator: "gte", value: 16.8 },
      actual: { value: 9.3, period: "2023" },
    });
    // The sources' scorecards (Bình Xuyên: 30 targets met) are never rows.
    expect(missed.some((c) => /targets-met/.test(c.indicator))).toBe(false);
    expect(data.comparisons.some((c) => /targets-met/.test(c.indicator))).toBe(false);
  });

  it("verdict basis: what the source states (93.64% of plan) apart from what we compute", () => {
    const stated = filterReview(data.comparisons, data.indicators, {
      status: "missed",
      verdictBasis: "stated",
    });
    expect(stated.map(key)).toEqual(
      expect.arrayContaining([
        "binh-xuyen total-production-value level",
        "ninh-thuan customs-revenue level",
      ]),
    );
    expect(stated.every((c) => c.verdictBasis === "stated" && c.status === "missed")).toBe(true);
    expect(stated.map(key)).not.toContain("binh-xuyen production-value-growth level");
    const computed = filterReview(data.comparisons, data.indicators, { verdictBasis: "computed" });
    expect(computed.map(key)).toContain("binh-xuyen production-value-growth level");
    // No result, no target: nothing was judged, so neither basis holds them.
    expect(computed.some((c) => c.status === "no_result" || c.status === "no_target")).toBe(false);
  });

  it("category, indicator and province", () => {
    const budget = filterReview(data.comparisons, data.indicators, { category: "budget" });
    expect(budget.map(key)).toEqual(
      expect.arrayContaining([
        "binh-xuyen budget-revenue level",
        "huong-hoa budget-revenue level",
        "ninh-thuan budget-revenue level",
        "ninh-thuan customs-revenue level",
      ]),
    );
    expect(budget.some((c) => c.indicator === "grdp-growth")).toBe(false);
    // A growth rate read from its base's % change: Hải Hà's 10.72% is production value growth.
    const growth = filterReview(data.comparisons, data.indicators, {
      indicator: "production-value-growth",
    });
    expect(growth.map((c) => c.locality).sort()).toEqual(["binh-xuyen", "hai-ha"]);
    const ninhThuan = provinceScope(data.places, "ninh-thuan");
    expect(ninhThuan).toEqual(new Set(["ninh-thuan", "bac-ai"]));
    const rows = filterReview(data.comparisons, data.indicators, { localities: ninhThuan! });
    expect(new Set(rows.map((c) => c.locality))).toEqual(new Set(["ninh-thuan", "bac-ai"]));
    expect(provinceScope(data.places, "vinh-phuc")).toEqual(new Set(["vinh-phuc", "binh-xuyen"]));
    expect(provinceScope(data.places, "bac-ai")).toBeNull(); // a district
    expect(provinceScope(data.places, "atlantis")).toBeNull();
  });

  it("offers only the choices with rows under the other filters", () => {
    const o = reviewOptions(data.comparisons, data.indicators, data.places, { status: "missed" });
    expect(o.categories).toEqual(["economy", "budget", "social"]);
    expect(o.bases).toEqual(["computed", "stated"]);
    expect(o.provinces).toEqual(["ninh-thuan", "vinh-phuc"]);
    expect(o.statuses).toEqual(expect.arrayContaining(["exceeded", "achieved", "missed"]));
  });
});

describe("the reviewer's order", () => {
  it("by % of target, lowest first, then highest first; without one, last either way", () => {
    const missed = filterReview(data.comparisons, data.indicators, { status: "missed" });
    const up = sortReview(missed, "progress", ctx("en"));
    // Ninh Thuận's customs revenue: 33.3% of plan, then Bình Xuyên's growth: 9.3 of ≥ 16.8.
    expect(up.slice(0, 2).map(key)).toEqual([
      "ninh-thuan customs-revenue level",
      "binh-xuyen production-value-growth level",
    ]);
    expect(up[1]?.progress).toBeCloseTo(55.36, 2);
    const down = sortReview(missed, "progress-desc", ctx("en"));
    const known = (rows: Comparison[]) => rows.filter((c) => c.progress !== null);
    expect(known(down).map(key)).toEqual(known(up).map(key).reverse());
    for (const rows of [up, down]) {
      const firstNull = rows.findIndex((c) => c.progress === null);
      if (firstNull >= 0)
        expect(rows.slice(firstNull).every((c) => c.progress === null)).toBe(true);
    }
  });

  it("by locality: each province, then its districts, in Vietnamese order", () => {
    const rows = sortReview(data.comparisons, "locality", ctx("vi"));
    const order = [...new Set(rows.map((c) => c.locality))];
    expect(order).toEqual(["ninh-thuan", "bac-ai", "hai-ha", "huong-hoa", "binh-xuyen"]);
  });

  it("by status, in the site's order of statuses; by indicator name in the reader's language", () => {
    const byStatus = sortReview(data.comparisons, "status", ctx("en")).map((c) => c.status);
    expect(byStatus.map((s) => STATUSES.indexOf(s))).toEqual(
      byStatus.map((s) => STATUSES.indexOf(s)).sort((a, b) => a - b),
    );
    for (const lang of ["en", "vi"]) {
      const c = ctx(lang);
      const labels = sortReview(data.comparisons, "indicator", c).map((r) =>
        c.indicatorLabel(r.indicator),
      );
      const collator = new Intl.Collator(lang, { numeric: true });
      expect(labels).toEqual([...labels].sort(collator.compare));
    }
  });
});

describe("flags and the page model", () => {
  it("flags a derived target, an estimate and other reports", () => {
    const find = (k: string) => data.comparisons.find((c) => key(c) === k)!;
    // 93.64% of plan implies the target: derived, and the 2023 result was an estimate.
    expect(reviewFlags(find("binh-xuyen total-production-value level"))).toEqual([
      { kind: "derived" },
      { kind: "estimated" },
    ]);
    expect(
      reviewFlags(find("ninh-thuan grdp-growth level")).some(
        (f) => f.kind === "superseded" || f.kind === "disagrees",
      ),
    ).toBe(true);
  });

  it("pages the rows and refuses an unknown indicator, a district as province, a page too far", () => {
    const view = { year: 2023, sort: "locality", page: 1 } as const;
    const model = reviewModel(data, { ...view, status: "missed", province: "vinh-phuc" }, "vi");
    expect(model?.page.items.map(key)).toEqual([
      "binh-xuyen production-value-growth level",
      "binh-xuyen total-production-value level",
    ]);
    expect(model?.names.get("binh-xuyen")).toBe("Bình Xuyên");
    expect(reviewModel(data, { ...view, indicator: "no-such-indicator" }, "en")).toBeNull();
    expect(reviewModel(data, { ...view, province: "binh-xuyen" }, "en")).toBeNull();
    expect(reviewModel(data, { ...view, page: 2 }, "en")).toBeNull(); // 2023 fits on one page
    expect(reviewModel(data, { ...view, indicator: "tourist-arrivals" }, "en")?.page.total).toBe(0);
  });

  it("opens on the latest year with full-year results", async () => {
    expect((await getReviewData(undefined))?.year).toBe(2024);
    expect(await getReviewData(1999)).toBeNull();
  });
});
