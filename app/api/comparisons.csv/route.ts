import type { NextRequest } from "next/server";
import { csvStream, toCsv } from "@/lib/csv";
import { downloadName } from "@/lib/open-data/file-name";
import { getOpenComparisonBatches, getOpenComparisons } from "@/lib/data/open-comparisons";
import { flattenComparison, OPEN_COMPARISON_COLUMNS, type OpenComparison } from "@/lib/open-data/comparison-row";
import { pageHeaders, requestedExtent } from "@/lib/open-data/paging";
import { badRequest, csvResponse } from "@/lib/open-data/responses";

async function* flattened(batches: AsyncIterable<OpenComparison[]>) {
  for await (const batch of batches) yield batch.map(flattenComparison);
}

// A download is the whole result, streamed a page of localities at a time; ?page= gives one page.
export async function GET(request: NextRequest) {
  const { whole, params } = requestedExtent(request.nextUrl.searchParams, true);
  const name = downloadName(Object.fromEntries(params), "comparisons", "csv").replace(".csv", "_comparisons.csv");
  if (!whole) {
    const result = await getOpenComparisons(params);
    if (!result.ok) return badRequest(result.error);
    return csvResponse(name, toCsv(OPEN_COMPARISON_COLUMNS, result.comparisons.map(flattenComparison)), pageHeaders(request.nextUrl, result.paging));
  }
  const result = await getOpenComparisonBatches(params);
  if (!result.ok) return badRequest(result.error);
  return csvResponse(name, csvStream(OPEN_COMPARISON_COLUMNS, flattened(result.batches)));
}
