import type { NextRequest } from "next/server";
import { getBulletImage, getChartImage, getIndicatorImage } from "@/lib/data/chart-image";
import { chartImageQuerySchema, parseQuery } from "@/lib/open-data/query";
import { badRequest, notFoundError, OPEN_DATA_CACHE } from "@/lib/open-data/responses";

const NOT_FOUND = {
  comparison: "no comparison for this locality, indicator, year and basis",
  bullet: "no target or verdict for this locality and year",
  indicator: "no locality reports this indicator for this year (or no such page)",
};

// GET /api/chart-image?locality=hai-ha&indicator=total-production-value&year=2024[&basis=level]
//     /api/chart-image?view=bullet&locality=ninh-thuan&year=2024
//     /api/chart-image?view=indicator&indicator=budget-revenue&year=2024[&page=2]
// each [&lang=vi][&format=png|svg][&size=slide|document]
export async function GET(request: NextRequest) {
  const query = parseQuery(request.nextUrl.searchParams, chartImageQuerySchema);
  if (!query.ok) return badRequest(query.error);
  const q = query.data;
  // The permalink printed in the image is SITE_URL's or a bare path: never this request's host.
  const now = new Date();
  const image =
    q.view === "bullet"
      ? await getBulletImage(q, now)
      : q.view === "indicator"
        ? await getIndicatorImage(q, now)
        : await getChartImage(q, now);
  if (!image) return notFoundError(NOT_FOUND[q.view ?? "comparison"]);
  return new Response(
    new Uint8Array(typeof image.body === "string" ? Buffer.from(image.body) : image.body),
    {
      headers: {
        "content-type": image.type,
        "content-disposition": `inline; filename="${image.filename}"`,
        // Errors are never kept (badRequest, notFoundError). The image's own policy, and that any
        // site may show it, are set by next.config.ts (CHART_IMAGE_HEADERS): Next would drop a
        // header set here that a next.config.ts rule sets too.
        "cache-control": OPEN_DATA_CACHE,
      },
    },
  );
}
// Nothing here writes: every other method gets 405 (lib/http/methods.ts).
export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/http/methods";
