import "server-only";
import type { PeriodPart } from "../domain/period";
import type {
  Accumulation,
  Basis,
  Comparator,
  Direction,
  Kind,
  OutcomeType,
} from "../domain/enums";
import { buildComparisons } from "../status/build";
import type { Comparison, Figure, Indicator } from "../domain/types";
import { db } from "./db";
import { memoize } from "../memo";

export type FigureDetail = Figure & {
  quote: string;
  gloss: string;
  note: string | null;
  estimated: boolean;
  outOf: number | null;
  language: string;
  sourceTitle: string;
};

export type IndicatorDetail = Indicator & { nameEn: string; nameVi: string; category: string };

// Values in the database are checked by the seed schema on the way in; these casts only narrow
// Prisma's plain strings back to those enumerations.
export function toDetail(f: {
  id: string;
  sourceId: string;
  localitySlug: string;
  indicatorSlug: string;
  period: string;
  year: number;
  periodPart: string;
  kind: string;
  comparator: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  basis: string;
  outcomeType: string | null;
  outcomeValue: number | null;
  quote: string;
  gloss: string;
  note: string | null;
  estimated: boolean;
  outOf: number | null;
  source: { language: string; title: string };
}): FigureDetail {
  return {
    ...f,
    periodPart: f.periodPart as PeriodPart,
    kind: f.kind as Kind,
    comparator: f.comparator as Comparator,
    basis: f.basis as Basis,
    outcomeType: f.outcomeType as OutcomeType | null,
    language: f.source.language,
    sourceTitle: f.source.title,
  };
}

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
  return { year: filter.year, localitySlug, indicatorSlug: slugs ? { in: slugs } : undefined };
}

/** Figures and their comparisons for a locality and/or year (and indicator, after pairing). */
export async function getComparisonData(filter: ComparisonFilter) {
  const indicators = await getIndicatorDetails();
  const rows = await db.figure.findMany({
    where: figureWhere(filter, indicators),
    include: { source: { select: { language: true, title: true } } },
    orderBy: [{ sourceId: "asc" }, { position: "asc" }],
  });
  const figures = rows.map(toDetail);
  let comparisons: Comparison[] = buildComparisons(figures, indicators);
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
} as const;

/**
 * Comparisons only, without quotes and notes: what scorecards and headline figures need. Reads a
 * fraction of the bytes of getComparisonData, which matters on the overview of every locality.
 */
const rememberedComparisons = memoize(readComparisons, 500);

// Only the small, frequent reads are remembered (one locality, or one year): a page of localities
// (paged views and open data) is read once and cached as a rendered page or not at all, and 500
// remembered pages of 50 localities each would hold a gigabyte at national scale.
export const getComparisons = (filter: ComparisonFilter) =>
  filter.localities ? readComparisons(filter) : rememberedComparisons(filter);

async function readComparisons(filter: ComparisonFilter): Promise<Comparison[]> {
  const indicators = await getIndicatorDetails();
  const rows = await db.figure.findMany({
    where: figureWhere(filter, indicators),
    select: STATUS_COLUMNS,
  });
  const figures: Figure[] = rows.map((f) => ({
    ...f,
    periodPart: f.periodPart as PeriodPart,
    kind: f.kind as Kind,
    comparator: f.comparator as Comparator,
    basis: f.basis as Basis,
    outcomeType: f.outcomeType as OutcomeType | null,
  }));
  const comparisons = buildComparisons(figures, indicators);
  return filter.indicator === undefined
    ? comparisons
    : comparisons.filter((c) => c.indicator === filter.indicator);
}
