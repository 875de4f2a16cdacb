import type { NextRequest } from "next/server";
import { getOpenComparisons } from "@/lib/data/open-comparisons";
import { badRequest } from "@/lib/open-data/responses";

export async function GET(request: NextRequest) {
  const result = await getOpenComparisons(request.nextUrl.searchParams);
  if (!result.ok) return badRequest(result.error);
  return Response.json({ comparisons: result.comparisons });
}
