import "server-only";
import { db } from "./db";
import { getComparisons, getIndicatorDetails } from "./comparisons";
import { memoize } from "../memo";
import type { Comparator, Direction } from "../domain/enums";
import { isScorecard, type Scorecard } from "../status/build";
import { addCounts, mergeNotables, notables, type Notables } from "../view/scoreboard";

/**
 * Counts by status for every year of some localities (all of them when `scope` is not given), the
 * sources' own scorecards, the three most notable misses and successes among them, and the date
 * of the latest dated source. Remembered per process (the database is read-only while serving:
 * see lib/memo.ts). A year's comparisons are dropped once counted. At national scale the overview
 * asks for one page of provinces at a time: every year of the whole country is too much to judge
 * in one request.
 */
export const getScoreboard = memoize(readScoreboard, 8);

async function readScoreboard(scope?: string[]) {
  const indicators = await getIndicatorDetails();
  const scorecardSlugs = indicators.filter(isScorecard).map((i) => i.slug);
  const [localities, years, scorecardRows, dated] = await Promise.all([
    db.locality.findMany({
      where: scope ? { slug: { in: scope } } : undefined,
      select: { slug: true, nameVi: true, nameEn: true, level: true, parentSlug: true },
    }),
    // groupBy, not distinct: Prisma does distinct in memory, over every row.
    db.figure
      .groupBy({ by: ["year"], orderBy: { year: "desc" } })
      .then((r) => r.map((x) => x.year)),
    db.figure.findMany({
      where: {
        indicatorSlug: { in: scorecardSlugs },
        localitySlug: scope ? { in: scope } : undefined,
      },
      select: {
        id: true,
        sourceId: true,
        localitySlug: true,
        indicatorSlug: true,
        period: true,
        year: true,
        comparator: true,
        value: true,
        min: true,
        max: true,
        unit: true,
        outOf: true,
      },
      orderBy: [{ sourceId: "asc" }, { position: "asc" }],
    }),
    db.source.aggregate({ _max: { publishedOn: true } }),
  ]);
  const directions = new Map<string, Direction>(indicators.map((i) => [i.slug, i.direction]));
  const cells = new Map<string, Scorecard>();
  let notable: Notables = { misses: [], successes: [] };
  // One query per year, in turn, so only one year's comparisons are held at once. getComparisons
  // reads the status columns only (no quotes) and knows which figures a year's statuses need;
  // naming the localities keeps it from remembering whole years (see lib/data/comparisons.ts).
  const slugs = localities.map((l) => l.slug);
  for (const year of years) {
    const comparisons = await getComparisons({ year, localities: slugs });
    addCounts(cells, comparisons);
    notable = mergeNotables(notable, notables(comparisons, directions));
  }
  return {
    localities,
    years,
    cells,
    notable,
    indicators,
    // The seed schema checked every comparator on the way in.
    sourceScorecards: scorecardRows.map((r) => ({ ...r, comparator: r.comparator as Comparator })),
    dataAsOf: dated._max.publishedOn,
  };
}
