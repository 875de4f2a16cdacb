import "server-only";
import { db } from "./db";
import { inProvinceOrder } from "../view/pages";

/**
 * The localities with figures for a year and/or indicators, in reading order: each province,
 * then its districts. What paged views and paged open data go through, a page at a time.
 */
export async function reportingLocalities(filter: {
  year?: number;
  indicators?: string[];
}): Promise<string[]> {
  const [reporting, localities] = await Promise.all([
    // groupBy, not distinct: Prisma does distinct in memory, over every matching row.
    db.figure.groupBy({
      by: ["localitySlug"],
      where: {
        year: filter.year,
        indicatorSlug: filter.indicators ? { in: filter.indicators } : undefined,
      },
    }),
    db.locality.findMany({ select: { slug: true, nameVi: true, level: true, parentSlug: true } }),
  ]);
  return inProvinceOrder(localities, new Set(reporting.map((r) => r.localitySlug)));
}
