import type { NextRequest } from "next/server";
import { toCsv } from "@/lib/csv";
import { getOpenFigures } from "@/lib/data/open-figures";
import { OPEN_FIGURE_COLUMNS } from "@/lib/open-data/figure-row";
import { badRequest, csvResponse } from "@/lib/open-data/responses";

export async function GET(request: NextRequest) {
  const result = await getOpenFigures(request.nextUrl.searchParams);
  if (!result.ok) return badRequest(result.error);
  return csvResponse("chi-tieu-figures.csv", toCsv(OPEN_FIGURE_COLUMNS, result.figures));
}
