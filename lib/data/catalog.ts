import "server-only";
import { db } from "./db";
import { memoize } from "../memo";

export async function getLocalities() {
  return db.locality.findMany({ orderBy: [{ level: "desc" }, { nameEn: "asc" }] });
}

// Every open-data request checks its slugs: read them once per process (the database is
// read-only while serving), not with a query per request.
export const getSlugs = memoize(async () => {
  const [localities, indicators] = await Promise.all([
    db.locality.findMany({ select: { slug: true } }),
    db.indicator.findMany({ select: { slug: true } }),
  ]);
  return {
    localities: new Set(localities.map((l) => l.slug)),
    indicators: new Set(indicators.map((i) => i.slug)),
  };
}, 1);

/** The first of a query's slugs that names nothing, as a query error; null when all exist. */
export async function findUnknownSlug(q: { locality?: string; indicator?: string }) {
  const slugs = await getSlugs();
  if (q.locality !== undefined && !slugs.localities.has(q.locality))
    return { parameter: "locality", message: `unknown locality "${q.locality}"` };
  if (q.indicator !== undefined && !slugs.indicators.has(q.indicator))
    return { parameter: "indicator", message: `unknown indicator "${q.indicator}"` };
  return null;
}
