import "server-only";
import { db } from "./db";
import { memoize } from "../memo";
import type { NameCatalogue } from "../open-data/names";

/**
 * Every locality's and indicator's names, read once per process (the database is read-only while
 * serving): open-data rows name their locality and indicator without a query per row or request.
 */
export const getNameCatalogue = memoize(async (): Promise<NameCatalogue> => {
  const select = { slug: true, nameEn: true, nameVi: true } as const;
  const [localities, indicators] = await Promise.all([
    db.locality.findMany({ select }),
    db.indicator.findMany({ select }),
  ]);
  return {
    localities: new Map(localities.map((l) => [l.slug, l])),
    indicators: new Map(indicators.map((i) => [i.slug, i])),
  };
}, 1);
