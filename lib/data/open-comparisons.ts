import "server-only";
import { comparisonQuerySchema, parseQuery, type QueryError } from "../open-data/query";
import { toOpenComparison, type OpenComparison } from "../open-data/comparison-row";
import { COMPARISON_LOCALITIES_PER_PAGE, pastLastPage, type PageInfo } from "../open-data/paging";
import { paginate } from "../view/pages";
import { reviewPredicate, type ReviewFilter } from "../view/review-rows";
import { findUnknownSlug } from "./catalog";
import { getComparisons, getIndicatorDetails, type ComparisonFilter } from "./comparisons";
import { reportingLocalities } from "./reporting";
import { provinceLocalities } from "./review";

type OpenComparisonsResult =
  { ok: true; comparisons: OpenComparison[]; paging: PageInfo } | { ok: false; error: QueryError };

type Scope =
  | {
      ok: true;
      filter: ComparisonFilter;
      review: ReviewFilter;
      page: number;
      order: string[] | null;
    }
  | { ok: false; error: QueryError };

/**
 * What a comparisons URL covers: what to read (year, locality, indicator), what to keep of it
 * (the reviewer's filters), the page asked for and, without a locality, the localities it spans
 * in province order (read once, then sliced into pages).
 */
async function scopeOf(params: URLSearchParams): Promise<Scope> {
  const query = parseQuery(params, comparisonQuerySchema);
  if (!query.ok) return query;
  const unknown = await findUnknownSlug(query.data);
  if (unknown) return { ok: false, error: unknown };
  // `bom` is the CSV writer's; only year, locality and indicator reach the (remembered) reads.
  const {
    page = 1,
    year,
    locality,
    indicator,
    status,
    verdictBasis,
    category,
    province,
  } = query.data;
  const filter: ComparisonFilter = { year, locality, indicator };
  const localities = province === undefined ? undefined : await provinceLocalities(province);
  if (localities === null)
    return {
      ok: false,
      error: { parameter: "province", message: `unknown province "${province}"` },
    };
  const review: ReviewFilter = { status, verdictBasis, category, indicator, localities };
  if (locality !== undefined) return { ok: true, filter, review, page, order: null };
  // A growth rate also needs its base indicator's figures.
  const base =
    indicator && (await getIndicatorDetails()).find((i) => i.slug === indicator)?.growthOf;
  const indicators = indicator ? [indicator, ...(base ? [base] : [])] : undefined;
  const order = await reportingLocalities({ year, indicators });
  // A province narrows the pages themselves: its localities only are read.
  return {
    ok: true,
    filter,
    review,
    page,
    order: localities ? order.filter((s) => localities.has(s)) : order,
  };
}

/**
 * The comparisons of some localities (or the filter's one locality) that pass the reviewer's
 * filters. Filtered after they are built: a status is known only then. A page of localities can
 * so come back with fewer rows, or none; the pages stay those of the localities.
 */
async function comparisonsOf(
  filter: ComparisonFilter,
  review: ReviewFilter,
  localities?: string[],
): Promise<OpenComparison[]> {
  if (localities?.length === 0) return [];
  const [comparisons, indicators] = await Promise.all([
    getComparisons(localities ? { ...filter, localities } : filter),
    getIndicatorDetails(),
  ]);
  return comparisons.filter(reviewPredicate(indicators, review)).map((c) => toOpenComparison(c));
}

/** One page of the comparisons a URL asks for: one locality's, or 50 localities' at a time. */
async function getOpenComparisons(params: URLSearchParams): Promise<OpenComparisonsResult> {
  const scope = await scopeOf(params);
  if (!scope.ok) return scope;
  const { filter, review, page, order } = scope;
  if (order === null) {
    if (page > 1) return pastLastPage(1);
    return {
      ok: true,
      comparisons: await comparisonsOf(filter, review),
      paging: { page, pages: 1 },
    };
  }
  const slice = paginate(order, page, COMPARISON_LOCALITIES_PER_PAGE);
  if (!slice)
    return pastLastPage(Math.max(1, Math.ceil(order.length / COMPARISON_LOCALITIES_PER_PAGE)));
  return {
    ok: true,
    comparisons: await comparisonsOf(filter, review, slice.items),
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
  const { filter, review, order } = scope;
  async function* batches() {
    if (order === null) {
      yield await comparisonsOf(filter, review);
      return;
    }
    for (let i = 0; i < order.length; i += COMPARISON_LOCALITIES_PER_PAGE)
      yield await comparisonsOf(filter, review, order.slice(i, i + COMPARISON_LOCALITIES_PER_PAGE));
  }
  return { ok: true, batches: batches() };
}

/** The comparisons as an open-data list: a page, or the whole in batches (lib/open-data/list-routes.ts). */
export const openComparisons = {
  key: "comparisons",
  onePage: getOpenComparisons,
  whole: getOpenComparisonBatches,
} as const;
