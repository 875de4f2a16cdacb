import "server-only";
import { comparisonQuerySchema, parseQuery, type QueryError } from "../open-data/query";
import { toOpenComparison, type OpenComparison } from "../open-data/comparison-row";
import { findUnknownSlug } from "./catalog";
import { getComparisons } from "./comparisons";

export type OpenComparisonsResult = { ok: true; comparisons: OpenComparison[] } | { ok: false; error: QueryError };

export async function getOpenComparisons(params: URLSearchParams): Promise<OpenComparisonsResult> {
  const query = parseQuery(params, comparisonQuerySchema);
  if (!query.ok) return query;
  const unknown = await findUnknownSlug(query.data);
  if (unknown) return { ok: false, error: unknown };
  return { ok: true, comparisons: (await getComparisons(query.data)).map(toOpenComparison) };
}
