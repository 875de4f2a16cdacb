import type { NextRequest } from "next/server";
import { toCsv } from "@/lib/csv";
import { getOpenComparisons } from "@/lib/data/open-comparisons";
import { flattenComparison, OPEN_COMPARISON_COLUMNS } from "@/lib/open-data/comparison-row";
import { badRequest, csvResponse } from "@/lib/open-data/responses";

export async function GET(request: NextRequest) {
  const result = await getOpenComparisons(request.nextUrl.searchParams);
  if (!result.ok) return badRequest(result.error);
  return csvResponse("chi-tieu-comparisons.csv", toCsv(OPEN_COMPARISON_COLUMNS, result.comparisons.map(flattenComparison)));
}
