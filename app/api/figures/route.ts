import type { NextRequest } from "next/server";
import { getOpenFigures } from "@/lib/data/open-figures";
import { pageHeaders } from "@/lib/open-data/paging";
import { badRequest } from "@/lib/open-data/responses";

export async function GET(request: NextRequest) {
  const result = await getOpenFigures(request.nextUrl.searchParams);
  if (!result.ok) return badRequest(result.error);
  const { page, pages } = result.paging;
  return Response.json({ figures: result.figures, page, pages }, { headers: pageHeaders(request.nextUrl, result.paging) });
}
