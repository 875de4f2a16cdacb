import type { NextRequest } from "next/server";
import { getOpenFigures } from "@/lib/data/open-figures";
import { badRequest } from "@/lib/open-data/responses";

export async function GET(request: NextRequest) {
  const result = await getOpenFigures(request.nextUrl.searchParams);
  if (!result.ok) return badRequest(result.error);
  return Response.json({ figures: result.figures });
}
