import type { NextRequest } from "next/server";
import { jsonStream } from "@/lib/json-stream";
import { getOpenComparisonBatches, getOpenComparisons } from "@/lib/data/open-comparisons";
import { pageHeaders, requestedExtent } from "@/lib/open-data/paging";
import { badRequest, jsonStreamResponse } from "@/lib/open-data/responses";

// A page of comparisons; ?page=all is the whole result, streamed a page of localities at a time.
export async function GET(request: NextRequest) {
  const { whole, params } = requestedExtent(request.nextUrl.searchParams, false);
  if (whole) {
    const result = await getOpenComparisonBatches(params);
    if (!result.ok) return badRequest(result.error);
    return jsonStreamResponse(jsonStream("comparisons", result.batches));
  }
  const result = await getOpenComparisons(params);
  if (!result.ok) return badRequest(result.error);
  const { page, pages } = result.paging;
  return Response.json({ comparisons: result.comparisons, page, pages }, { headers: pageHeaders(request.nextUrl, result.paging) });
}
