import type { NextRequest } from "next/server";
import { toCsv } from "@/lib/csv";
import { getOpenFigures } from "@/lib/data/open-figures";
import { OPEN_FIGURE_COLUMNS } from "@/lib/open-data/figure-row";
import { badRequest } from "@/lib/open-data/responses";

export async function GET(request: NextRequest) {
  const result = await getOpenFigures(request.nextUrl.searchParams);
  if (!result.ok) return badRequest(result.error);
  return new Response(toCsv(OPEN_FIGURE_COLUMNS, result.figures), {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": 'attachment; filename="chi-tieu-figures.csv"',
    },
  });
}
