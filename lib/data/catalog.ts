import "server-only";
import { db } from "../db";

export async function getLocalities() {
  return db.locality.findMany({ orderBy: [{ level: "desc" }, { nameEn: "asc" }] });
}

export async function localityExists(slug: string): Promise<boolean> {
  return (await db.locality.count({ where: { slug } })) > 0;
}

export async function indicatorExists(slug: string): Promise<boolean> {
  return (await db.indicator.count({ where: { slug } })) > 0;
}

/** The first of a query's slugs that names nothing, as a query error; null when all exist. */
export async function findUnknownSlug(q: { locality?: string; indicator?: string }) {
  if (q.locality !== undefined && !(await localityExists(q.locality)))
    return { parameter: "locality", message: `unknown locality "${q.locality}"` };
  if (q.indicator !== undefined && !(await indicatorExists(q.indicator)))
    return { parameter: "indicator", message: `unknown indicator "${q.indicator}"` };
  return null;
}
