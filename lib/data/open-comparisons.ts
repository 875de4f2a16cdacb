import "server-only";
import { comparisonQuerySchema, parseQuery, type QueryError } from "../open-data/query";
import { toOpenComparison, type OpenComparison } from "../open-data/comparison-row";
import { COMPARISON_LOCALITIES_PER_PAGE, pastLastPage, type PageInfo } from "../open-data/paging";
import { paginate } from "../view/pages";
import { findUnknownSlug } from "./catalog";
import { getComparisons, getIndicatorDetails, type ComparisonFilter } from "./comparisons";
import { reportingLocalities } from "./reporting";

type OpenComparisonsResult =
  { ok: true; comparisons: OpenComparison[]; paging: PageInfo } | { ok: false; error: QueryError };

type Scope =
  | { ok: true; filter: ComparisonFilter; page: number; order: string[] | null }
  | { ok: false; error: QueryError };

/**
 * What a comparisons URL covers: its filters, the page asked for and, without a locality, the
 * localities it spans in province order (read once, then sliced into pages).
 */
async function scopeOf(params: URLSearchParams): Promise<Scope> {
  const query = parseQuery(params, comparisonQuerySchema);
  if (!query.ok) return query;
  const unknown = await findUnknownSlug(query.data);
  if (unknown) return { ok: false, error: unknown };
  const { page = 1, ...filter } = query.data;
  if (filter.locality !== undefined) return { ok: true, filter, page, order: null };
  // A growth rate also needs its base indicator's figures.
  const base =
    filter.indicator &&
    (await getIndicatorDetails()).find((i) => i.slug === filter.indicator)?.growthOf;
  const indicators = filter.indicator ? [filter.indicator, ...(base ? [base] : [])] : undefined;
  return {
    ok: true,
    filter,
    page,
    order: await reportingLocalities({ year: filter.year, indicators }),
  };
}

async function comparisonsOf(
  filter: ComparisonFilter,
  localities: string[],
): Promise<OpenComparison[]> {
  return localities.length
    ? (await getComparisons({ ...filter, localities })).map(toOpenComparison)
    : [];
}

/** One page of the comparisons a URL asks for: one locality's, or 50 localities' at a time. */
async function getOpenComparisons(params: URLSearchParams): Promise<OpenComparisonsResult> {
  const scope = await scopeOf(params);
  if (!scope.ok) return scope;
  const { filter, page, order } = scope;
  if (order === null) {
    if (page > 1) return pastLastPage(1);
    return {
      ok: true,
      comparisons: (await getComparisons(filter)).map(toOpenComparison),
      paging: { page, pages: 1 },
    };
  }
  const slice = paginate(order, page, COMPARISON_LOCALITIES_PER_PAGE);
  if (!slice)
    return pastLastPage(Math.max(1, Math.ceil(order.length / COMPARISON_LOCALITIES_PER_PAGE)));
  return {
    ok: true,
    comparisons: await comparisonsOf(filter, slice.items),
    paging: { page, pages: slice.pages },
  };
}

type ComparisonBatches =
  { ok: true; batches: AsyncIterable<OpenComparison[]> } | { ok: false; error: QueryError };

/**
 * Every comparison a URL asks for, in the order of its pages, a page of localities at a time. The
 * routes take `page` off first (requestedExtent).
 */
async function getOpenComparisonBatches(params: URLSearchParams): Promise<ComparisonBatches> {
  const scope = await scopeOf(params);
  if (!scope.ok) return scope;
  const { filter, order } = scope;
  async function* batches() {
    if (order === null) {
      yield (await getComparisons(filter)).map(toOpenComparison);
      return;
    }
    for (let i = 0; i < order.length; i += COMPARISON_LOCALITIES_PER_PAGE)
      yield await comparisonsOf(filter, order.slice(i, i + COMPARISON_LOCALITIES_PER_PAGE));
  }
  return { ok: true, batches: batches() };
}

/** The comparisons as an open-data list: a page, or the whole in batches (lib/open-data/list-routes.ts). */
export const openComparisons = {
  key: "comparisons",
  onePage: getOpenComparisons,
  whole: getOpenComparisonBatches,
} as const;
