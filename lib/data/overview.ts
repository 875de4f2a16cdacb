import "server-only";
import { db } from "../db";
import { getComparisons, getIndicatorDetails } from "./comparisons";

/** All localities with their comparisons for one year, and the years there are figures for. */
export async function getOverview(year: number | undefined) {
  const [localities, years] = await Promise.all([
    db.locality.findMany({ orderBy: [{ nameEn: "asc" }] }),
    db.figure.findMany({ distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } }).then((r) => r.map((x) => x.year)),
  ]);
  const selected = year ?? years[0];
  if (selected === undefined || !years.includes(selected)) return { localities, years, year: selected, data: null };
  const [comparisons, indicators] = await Promise.all([getComparisons({ year: selected }), getIndicatorDetails()]);
  return { localities, years, year: selected, data: { comparisons, indicators } };
}
