import "server-only";
import { cache } from "react";
import { db } from "../db";
import { getComparisonData } from "./comparisons";

/** One indicator across every locality that reports it, for one year; null when unknown. */
// cache(): generateMetadata and the page ask for the same data within one request.
export const getIndicatorPage = cache(async function getIndicatorPage(slug: string, year: number | undefined) {
  const indicator = await db.indicator.findUnique({ where: { slug } });
  if (!indicator) return null;
  const slugs = indicator.growthOf ? [slug, indicator.growthOf] : [slug];
  const years = (
    await db.figure.findMany({ where: { indicatorSlug: { in: slugs } }, distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } })
  ).map((r) => r.year);
  const selected = year ?? years[0];
  if (selected === undefined || !years.includes(selected)) return { indicator, years, year: selected, data: null };
  const [data, localities] = await Promise.all([
    getComparisonData({ indicator: slug, year: selected }),
    db.locality.findMany({ select: { slug: true, nameVi: true, nameEn: true } }),
  ]);
  return { indicator, years, year: selected, data: { ...data, localities } };
});
