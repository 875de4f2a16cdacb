import "server-only";
import { cache } from "react";
import { paginate } from "../view/pages";
import { db } from "./db";
import { env } from "../env";
import { getComparisonData } from "./comparisons";
import { reportingLocalities } from "./reporting";

/**
 * One indicator across the localities that report it, for one year, a page of them at a time
 * (provinces, each followed by its districts; INDICATOR_PAGE_SIZE, default 50, a page: the whole
 * curated set, a readable slice of the country); null when the indicator is unknown. `data` is null
 * when the year has no figures; `page` is null when there is no such page.
 */
// cache(): generateMetadata and the page ask for the same data within one request.
export const getIndicatorPage = cache(async function getIndicatorPage(
  slug: string,
  year: number | undefined,
  pageNo = 1,
) {
  const indicator = await db.indicator.findUnique({ where: { slug } });
  if (!indicator) return null;
  const slugs = indicator.growthOf ? [slug, indicator.growthOf] : [slug];
  const years = (
    await db.figure.groupBy({
      by: ["year"],
      where: { indicatorSlug: { in: slugs } },
      orderBy: { year: "desc" },
    })
  ).map((r) => r.year);
  const selected = year ?? years[0];
  if (selected === undefined || !years.includes(selected))
    return { indicator, years, year: selected, data: null, page: null };
  const [order, localities] = await Promise.all([
    reportingLocalities({ year: selected, indicators: slugs }),
    db.locality.findMany({ select: { slug: true, nameVi: true, nameEn: true } }),
  ]);
  const page = paginate(order, pageNo, env.INDICATOR_PAGE_SIZE);
  if (!page) return { indicator, years, year: selected, data: null, page: null };
  // Only this page's localities are read: a national indicator has hundreds.
  const data = await getComparisonData({ indicator: slug, year: selected, localities: page.items });
  const rank = new Map(page.items.map((s, i) => [s, i]));
  const comparisons = [...data.comparisons].sort(
    (a, b) => (rank.get(a.locality) ?? 0) - (rank.get(b.locality) ?? 0),
  );
  return { indicator, years, year: selected, page, data: { ...data, comparisons, localities } };
});
