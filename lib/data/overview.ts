import "server-only";
import { db } from "./db";
import { env } from "../env";
import { byVietnameseName, paginate } from "../view/pages";
import { getComparisons, getIndicatorDetails } from "./comparisons";

/**
 * The overview for one year, a page of provinces at a time (OVERVIEW_PAGE_SIZE, default 8), each
 * with its districts; and the years there are figures for. `data` and `page` are null when the
 * year has no figures or there is no such page.
 */
export async function getOverview(year: number | undefined, pageNo = 1) {
  const [localities, years, reported] = await Promise.all([
    db.locality.findMany({ orderBy: [{ nameEn: "asc" }] }),
    // groupBy, not distinct: Prisma does distinct in memory, over every row (786,240 at national scale).
    db.figure
      .groupBy({ by: ["year"], orderBy: { year: "desc" } })
      .then((r) => r.map((x) => x.year)),
    yearsWithFullYearResults(),
  ]);
  // A newcomer's first screen should hold verdicts: the latest year with full-year results, not
  // a year still in progress (whose targets have no result yet).
  const selected = year ?? reported[0] ?? years[0];
  const none = { localities, years, year: selected, data: null, page: null };
  if (selected === undefined || !years.includes(selected)) return none;
  const page = paginate(
    localities.filter((l) => l.level === "province").sort(byVietnameseName),
    pageNo,
    env.OVERVIEW_PAGE_SIZE,
  );
  if (!page) return none;
  // Only this page's localities are read: the whole country's year is tens of thousands of figures.
  const shown = new Set(page.items.map((p) => p.slug));
  const slugs = localities
    .filter((l) => shown.has(l.slug) || (l.parentSlug !== null && shown.has(l.parentSlug)))
    .map((l) => l.slug);
  const [comparisons, indicators] = await Promise.all([
    getComparisons({ year: selected, localities: slugs }),
    getIndicatorDetails(),
  ]);
  return { localities, years, year: selected, page, data: { comparisons, indicators } };
}

/** Years with at least one full-year result, newest first (for a locality, or anywhere). */
export async function yearsWithFullYearResults(locality?: string): Promise<number[]> {
  const rows = await db.figure.groupBy({
    by: ["year"],
    where: { kind: "actual", periodPart: "FY", localitySlug: locality },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => r.year);
}
