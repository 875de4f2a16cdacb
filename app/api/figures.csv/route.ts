import type { NextRequest } from "next/server";
import { toCsv } from "@/lib/csv";
import { downloadName } from "@/lib/open-data/file-name";
import { getOpenFigures } from "@/lib/data/open-figures";
import { OPEN_FIGURE_COLUMNS } from "@/lib/open-data/figure-row";
import { pageHeaders } from "@/lib/open-data/paging";
import { badRequest, csvResponse } from "@/lib/open-data/responses";

export async function GET(request: NextRequest) {
  const result = await getOpenFigures(request.nextUrl.searchParams);
  if (!result.ok) return badRequest(result.error);
  const name = downloadName(Object.fromEntries(request.nextUrl.searchParams), "figures", "csv");
  return csvResponse(name, toCsv(OPEN_FIGURE_COLUMNS, result.figures), pageHeaders(request.nextUrl, result.paging));
}
