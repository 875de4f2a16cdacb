import type { NextRequest } from "next/server";
import { toCsv } from "@/lib/csv";
import { downloadName } from "@/lib/open-data/file-name";
import { getOpenComparisons } from "@/lib/data/open-comparisons";
import { flattenComparison, OPEN_COMPARISON_COLUMNS } from "@/lib/open-data/comparison-row";
import { pageHeaders } from "@/lib/open-data/paging";
import { badRequest, csvResponse } from "@/lib/open-data/responses";

export async function GET(request: NextRequest) {
  const result = await getOpenComparisons(request.nextUrl.searchParams);
  if (!result.ok) return badRequest(result.error);
  const name = downloadName(Object.fromEntries(request.nextUrl.searchParams), "comparisons", "csv").replace(".csv", "_comparisons.csv");
  return csvResponse(name, toCsv(OPEN_COMPARISON_COLUMNS, result.comparisons.map(flattenComparison)), pageHeaders(request.nextUrl, result.paging));
}
