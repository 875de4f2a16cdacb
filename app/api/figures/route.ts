import type { NextRequest } from "next/server";
import { jsonStream } from "@/lib/json-stream";
import { getOpenFigureBatches, getOpenFigures } from "@/lib/data/open-figures";
import { pageHeaders, requestedExtent } from "@/lib/open-data/paging";
import { badRequest, jsonStreamResponse } from "@/lib/open-data/responses";

// A page of figures; ?page=all is the whole result, streamed a few localities at a time.
export async function GET(request: NextRequest) {
  const { whole, params } = requestedExtent(request.nextUrl.searchParams, false);
  if (whole) {
    const result = await getOpenFigureBatches(params);
    if (!result.ok) return badRequest(result.error);
    return jsonStreamResponse(jsonStream("figures", result.batches));
  }
  const result = await getOpenFigures(params);
  if (!result.ok) return badRequest(result.error);
  const { page, pages } = result.paging;
  return Response.json({ figures: result.figures, page, pages }, { headers: pageHeaders(request.nextUrl, result.paging) });
}
