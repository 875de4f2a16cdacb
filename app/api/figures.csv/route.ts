import type { NextRequest } from "next/server";
import { csvStream, toCsv } from "@/lib/csv";
import { downloadName } from "@/lib/open-data/file-name";
import { getOpenFigureBatches, getOpenFigures } from "@/lib/data/open-figures";
import { OPEN_FIGURE_COLUMNS } from "@/lib/open-data/figure-row";
import { pageHeaders, requestedExtent } from "@/lib/open-data/paging";
import { badRequest, csvResponse } from "@/lib/open-data/responses";

// A download is the whole result, streamed a few localities at a time; ?page= gives one page, as
// the JSON API does.
export async function GET(request: NextRequest) {
  const { whole, params } = requestedExtent(request.nextUrl.searchParams, true);
  const name = downloadName(Object.fromEntries(params), "figures", "csv");
  if (!whole) {
    const result = await getOpenFigures(params);
    if (!result.ok) return badRequest(result.error);
    return csvResponse(name, toCsv(OPEN_FIGURE_COLUMNS, result.figures), pageHeaders(request.nextUrl, result.paging));
  }
  const result = await getOpenFigureBatches(params);
  if (!result.ok) return badRequest(result.error);
  return csvResponse(name, csvStream(OPEN_FIGURE_COLUMNS, result.batches));
}
