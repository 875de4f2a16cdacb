import "server-only";
import { cache } from "react";
import { db } from "./db";
import { memoize } from "../memo";
import { inProvinceOrder } from "../view/pages";
import { provinceScope } from "../view/review-rows";
import { getComparisons, getIndicatorDetails } from "./comparisons";
import { yearsWithFullYearResults } from "./overview";

/** Every locality, for names, reading order and province scopes; read once per process. */
const getPlaces = memoize(
  () =>
    db.locality.findMany({
      select: { slug: true, nameVi: true, nameEn: true, level: true, parentSlug: true },
    }),
  1,
);

/**
 * The reviewer's page: every comparison of one year across all localities, with what filters and
 * sorting need. One year at a time, never every year: at national scale a year is tens of
 * thousands of comparisons, read once (getComparisons remembers it) and then filtered, sorted and
 * paged for each view in memory. Opened without a year: the latest year with full-year results.
 * Null when there are no figures at all, or none for the year asked for.
 */
// cache(): generateMetadata and the page ask for the same data within one request.
export const getReviewData = cache(async function getReviewData(year: number | undefined) {
  const [years, reported, places, indicators] = await Promise.all([
    // groupBy, not distinct: Prisma does distinct in memory, over every row.
    db.figure
      .groupBy({ by: ["year"], orderBy: { year: "desc" } })
      .then((rows) => rows.map((r) => r.year)),
    year === undefined ? yearsWithFullYearResults() : Promise.resolve([]),
    getPlaces(),
    getIndicatorDetails(),
  ]);
  const selected = year ?? reported[0] ?? years[0];
  if (selected === undefined || !years.includes(selected)) return null;
  const comparisons = await getComparisons({ year: selected });
  // Reading order (each province, then its districts): the default sort, and the province list.
  const bySlug = new Map(places.map((p) => [p.slug, p]));
  const ordered = inProvinceOrder(places, new Set(bySlug.keys())).flatMap((slug) => {
    const p = bySlug.get(slug);
    return p ? [p] : [];
  });
  return { years, year: selected, places: ordered, indicators, comparisons };
});

/**
 * The localities a `province` filter covers (the province and its districts); null when the slug
 * names no province. For /api/comparisons, which checks it before reading anything else.
 */
export async function provinceLocalities(province: string): Promise<Set<string> | null> {
  return provinceScope(await getPlaces(), province);
}
