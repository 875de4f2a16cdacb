import "server-only";
import { getSlugs } from "./catalog";
import { db } from "./db";
import { env } from "../env";
import { memoize } from "../memo";

/**
 * What a view URL may name — the slugs, years and source ids in the database, and how many pages
 * the paged views can have at most — read once per process (the database is read-only while
 * serving). Pages check their parameters against it before reading anything else, so a made-up
 * slug, year or page number costs a set lookup and the small 404 page, not the view's reads (a
 * made-up overview page took 1 s at national scale: its year list alone reads every figure).
 */
const getKnown = memoize(async () => {
  const [slugs, provinces, years, sources] = await Promise.all([
    getSlugs(), // the open-data routes' sets of locality and indicator slugs
    db.locality.count({ where: { level: "province" } }),
    db.figure.groupBy({ by: ["year"] }),
    db.source.findMany({ select: { id: true } }),
  ]);
  return {
    ...slugs,
    years: new Set(years.map((y) => y.year)),
    sources: new Set(sources.map((s) => s.id)),
    // Upper bounds: a page within them may still be empty for its year (then the view 404s).
    overviewPages: Math.max(1, Math.ceil(provinces / env.OVERVIEW_PAGE_SIZE)),
    indicatorPages: Math.max(1, Math.ceil(slugs.localities.size / env.INDICATOR_PAGE_SIZE)),
  };
}, 1);

type ViewParams = {
  locality?: string;
  indicator?: string;
  /** Undefined: the latest, which always exists. */
  year?: number;
  source?: string;
  page?: { of: "overview" | "indicator"; n: number };
};

/** False when a view's parameters name something the database does not have. */
export async function isKnownView(v: ViewParams): Promise<boolean> {
  const k = await getKnown();
  if (v.locality !== undefined && !k.localities.has(v.locality)) return false;
  if (v.indicator !== undefined && !k.indicators.has(v.indicator)) return false;
  if (v.year !== undefined && !k.years.has(v.year)) return false;
  if (v.source !== undefined && !k.sources.has(v.source)) return false;
  if (v.page !== undefined) {
    const max = v.page.of === "overview" ? k.overviewPages : k.indicatorPages;
    if (v.page.n > max) return false;
  }
  return true;
}
