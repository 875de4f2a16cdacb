import "server-only";
import type { Accumulation, Direction } from "../domain/enums";
import { toFigure, toFigureDetail, type FigureDetail } from "../domain/figure";
import { buildComparisons } from "../status/build";
import type { Comparison, Indicator } from "../domain/types";

export type { FigureDetail };

/** The source columns a figure's provenance shows. */
export const DETAIL_SOURCE = {
  source: {
    select: {
      language: true,
      title: true,
      titleVi: true,
      type: true,
      publishedOn: true,
      authority: true,
    },
  },
} as const;
import { db } from "./db";
import { memoize } from "../memo";

export type IndicatorDetail = Indicator & { nameEn: string; nameVi: string; category: string };

// The database is read-only while serving: reads are remembered per process (see lib/memo.ts).
export const getIndicatorDetails = memoize(readIndicatorDetails, 1);

async function readIndicatorDetails(): Promise<IndicatorDetail[]> {
  const rows = await db.indicator.findMany({ orderBy: { slug: "asc" } });
  return rows.map((r) => ({
    ...r,
    direction: r.direction as Direction,
    accumulation: r.accumulation as Accumulation,
  }));
}

export type ComparisonFilter = {
  year?: number;
  locality?: string;
  localities?: string[];
  indicator?: string;
};

/** The figures a comparison filter needs: a growth-rate indicator also takes its base indicator's % change. */
function figureWhere(filter: ComparisonFilter, indicators: IndicatorDetail[]) {
  const base = indicators.find((i) => i.slug === filter.indicator)?.growthOf;
  const slugs =
    filter.indicator === undefined ? undefined : [filter.indicator, ...(base ? [base] : [])];
  const localitySlug = filter.localities ? { in: filter.localities } : filter.locality;
  const indicatorSlug = slugs ? { in: slugs } : undefined;
  if (filter.year === undefined) return { localitySlug, indicatorSlug };
  // The year before's full-year levels too: a result on another basis converts against them
  // (lib/status/convert.ts). Comparisons of that year are dropped again by `ofYear`.
  return {
    localitySlug,
    indicatorSlug,
    OR: [{ year: filter.year }, { year: filter.year - 1, periodPart: "FY", basis: "level" }],
  };
}

const ofYear = (filter: ComparisonFilter) => (c: Comparison) =>
  filter.year === undefined || c.year === filter.year;

/** Figures and their comparisons for a locality and/or year (and indicator, after pairing). */
export async function getComparisonData(filter: ComparisonFilter) {
  const indicators = await getIndicatorDetails();
  const rows = await db.figure.findMany({
    where: figureWhere(filter, indicators),
    include: DETAIL_SOURCE,
    orderBy: [{ sourceId: "asc" }, { position: "asc" }],
  });
  const all = rows.map(toFigureDetail);
  let comparisons: Comparison[] = buildComparisons(all, indicators).filter(ofYear(filter));
  // The page's figures stay those of its year, plus the earlier levels a conversion used.
  const used = new Set(
    comparisons.flatMap((c) => (c.conversion ? [c.conversion.base.figureId] : [])),
  );
  const figures = all.filter(
    (f) => filter.year === undefined || f.year === filter.year || used.has(f.id),
  );
  if (filter.indicator !== undefined)
    comparisons = comparisons.filter((c) => c.indicator === filter.indicator);
  return { figures, indicators, comparisons };
}

const STATUS_COLUMNS = {
  id: true,
  sourceId: true,
  localitySlug: true,
  indicatorSlug: true,
  period: true,
  year: true,
  periodPart: true,
  kind: true,
  comparator: true,
  value: true,
  min: true,
  max: true,
  unit: true,
  basis: true,
  outcomeType: true,
  outcomeValue: true,
  estimated: true,
  flagReason: true,
  source: { select: { publishedOn: true, authority: true } },
} as const;

/**
 * Comparisons only, without quotes and notes: what scorecards and headline figures need. Reads a
 * fraction of the bytes of getComparisonData, which matters on the overview of every locality.
 */
// Remembered by weight, not only by count: a comparison with its figures holds about 1 kB, so
// 50,000 (one year of the whole country at national scale, the reviewer's read) is ~50 MB.
const rememberedComparisons = memoize(readComparisons, 500, {
  weigh: (r) => r.length,
  maxWeight: 50_000,
});

// Only the small, frequent reads are remembered (one locality, or one year): a page of localities
// (paged views and open data) is read once and cached as a rendered page or not at all, and 500
// remembered pages of 50 localities each would hold a gigabyte at national scale. Nor is a read
// of everything (the methodology page's, once per process): at national scale it is every
// comparison in the country, which the memo held for good (370,000 of them, ~300 MB of heap).
export const getComparisons = (filter: ComparisonFilter) =>
  filter.localities || (filter.locality === undefined && filter.year === undefined)
    ? readComparisons(filter)
    : rememberedComparisons(filter);

/** Reads comparisons without remembering them (getComparisons remembers the small reads). */
export async function readComparisons(filter: ComparisonFilter): Promise<Comparison[]> {
  const indicators = await getIndicatorDetails();
  const rows = await db.figure.findMany({
    where: figureWhere(filter, indicators),
    select: STATUS_COLUMNS,
  });
  const comparisons = buildComparisons(rows.map(toFigure), indicators).filter(ofYear(filter));
  return filter.indicator === undefined
    ? comparisons
    : comparisons.filter((c) => c.indicator === filter.indicator);
}
