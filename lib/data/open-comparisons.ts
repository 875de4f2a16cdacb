import "server-only";
import { comparisonQuerySchema, parseQuery, type QueryError } from "../open-data/query";
import { toOpenComparison, type OpenComparison } from "../open-data/comparison-row";
import { findUnknownSlug } from "./catalog";
import { COMPARISON_LOCALITIES_PER_PAGE, type PageInfo } from "../open-data/paging";
import { paginate } from "../view/pages";
import { getComparisons, getIndicatorDetails } from "./comparisons";
import { pastLastPage } from "./open-figures";
import { reportingLocalities } from "./reporting";

export type OpenComparisonsResult = { ok: true; comparisons: OpenComparison[]; paging: PageInfo } | { ok: false; error: QueryError };

export async function getOpenComparisons(params: URLSearchParams): Promise<OpenComparisonsResult> {
  const query = parseQuery(params, comparisonQuerySchema);
  if (!query.ok) return query;
  const unknown = await findUnknownSlug(query.data);
  if (unknown) return { ok: false, error: unknown };
  const { page = 1, ...filter } = query.data;
  if (filter.locality !== undefined) {
    if (page > 1) return pastLastPage(1);
    return { ok: true, comparisons: (await getComparisons(filter)).map(toOpenComparison), paging: { page, pages: 1 } };
  }
  // Without a locality, a page of localities at a time (a growth rate also needs its base indicator).
  const base = filter.indicator && (await getIndicatorDetails()).find((i) => i.slug === filter.indicator)?.growthOf;
  const indicators = filter.indicator ? [filter.indicator, ...(base ? [base] : [])] : undefined;
  const order = await reportingLocalities({ year: filter.year, indicators });
  const slice = paginate(order, page, COMPARISON_LOCALITIES_PER_PAGE);
  if (!slice) return pastLastPage(Math.max(1, Math.ceil(order.length / COMPARISON_LOCALITIES_PER_PAGE)));
  const comparisons = slice.items.length ? await getComparisons({ ...filter, localities: slice.items }) : [];
  return { ok: true, comparisons: comparisons.map(toOpenComparison), paging: { page, pages: slice.pages } };
}

export type ComparisonBatches = { ok: true; batches: AsyncIterable<OpenComparison[]> } | { ok: false; error: QueryError };

/** Every comparison an open-data URL asks for, a page of localities at a time (see getOpenComparisons). */
export async function getOpenComparisonBatches(params: URLSearchParams): Promise<ComparisonBatches> {
  if (params.has("page") || params.has("locality")) {
    const one = await getOpenComparisons(params);
    return one.ok ? { ok: true, batches: (async function* () { yield one.comparisons; })() } : one;
  }
  const first = await getOpenComparisons(params);
  if (!first.ok) return first;
  const { comparisons, paging } = first;
  async function* batches() {
    yield comparisons;
    for (let page = 2; page <= paging.pages; page++) {
      const next = await getOpenComparisons(new URLSearchParams([...params, ["page", String(page)]]));
      if (next.ok) yield next.comparisons;
    }
  }
  return { ok: true, batches: batches() };
}
