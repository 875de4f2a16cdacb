import "server-only";
import { db } from "../db";

export async function getLocalities() {
  return db.locality.findMany({ orderBy: [{ level: "desc" }, { nameEn: "asc" }] });
}

export async function getLocality(slug: string) {
  return db.locality.findUnique({ where: { slug }, include: { parent: true, children: true } });
}

export async function getIndicator(slug: string) {
  return db.indicator.findUnique({ where: { slug } });
}

export async function localityExists(slug: string): Promise<boolean> {
  return (await db.locality.count({ where: { slug } })) > 0;
}

export async function indicatorExists(slug: string): Promise<boolean> {
  return (await db.indicator.count({ where: { slug } })) > 0;
}

/** Years that have at least one figure, newest first. */
export async function getYears(): Promise<number[]> {
  const rows = await db.figure.findMany({ distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } });
  return rows.map((r) => r.year);
}

/** The first of a query's slugs that names nothing, as a query error; null when all exist. */
export async function findUnknownSlug(q: { locality?: string; indicator?: string }) {
  if (q.locality !== undefined && !(await localityExists(q.locality)))
    return { parameter: "locality", message: `unknown locality "${q.locality}"` };
  if (q.indicator !== undefined && !(await indicatorExists(q.indicator)))
    return { parameter: "indicator", message: `unknown indicator "${q.indicator}"` };
  return null;
}
