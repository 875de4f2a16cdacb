import type { NextRequest } from "next/server";
import { getOpenComparisons } from "@/lib/data/open-comparisons";
import { pageHeaders } from "@/lib/open-data/paging";
import { badRequest } from "@/lib/open-data/responses";

export async function GET(request: NextRequest) {
  const result = await getOpenComparisons(request.nextUrl.searchParams);
  if (!result.ok) return badRequest(result.error);
  const { page, pages } = result.paging;
  return Response.json({ comparisons: result.comparisons, page, pages }, { headers: pageHeaders(request.nextUrl, result.paging) });
}
