import type { NextRequest } from "next/server";
import { getBulletImage, getChartImage, getIndicatorImage } from "@/lib/data/chart-image";
import { env } from "@/lib/env";
import { createImageCache } from "@/lib/export/image-cache";
import { chartImageQuerySchema, parseQuery } from "@/lib/open-data/query";
import { badRequest, notFoundError, OPEN_DATA_CACHE } from "@/lib/open-data/responses";

const NOT_FOUND = {
  comparison: "no comparison for this locality, indicator, year and basis",
  bullet: "no target or verdict for this locality and year",
  indicator: "no locality reports this indicator for this year (or no such page)",
};

// Each image rendered once (lib/export/image-cache.ts); two renders at a time, 16 waiting.
const images = createImageCache({
  maxBytes: env.IMAGE_CACHE_MAX_MB * 1024 * 1024,
  concurrency: 2,
  maxQueue: 16,
});

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
  // The key is every parameter (zod's output, in the schema's order) and the day: the image
  // prints its export date, so yesterday's image is not served today.
  const result = await images.get(JSON.stringify([now.toISOString().slice(0, 10), q]), async () => {
    const image =
      q.view === "bullet"
        ? await getBulletImage(q, now)
        : q.view === "indicator"
          ? await getIndicatorImage(q, now)
          : await getChartImage(q, now);
    if (!image) return null;
    const body = typeof image.body === "string" ? Buffer.from(image.body) : image.body;
    return { ...image, body: new Uint8Array(body) };
  });
  if (result.status === "busy")
    return Response.json(
      { error: { message: "too many chart images are being drawn: retry shortly" } },
      { status: 503, headers: { "cache-control": "no-store", "retry-after": "2" } },
    );
  if (result.status === "none") return notFoundError(NOT_FOUND[q.view ?? "comparison"]);
  const image = result.image;
  // A copy per response: the kept bytes are shared by every later request.
  return new Response(new Uint8Array(image.body), {
    headers: {
      "content-type": image.type,
      "content-disposition": `inline; filename="${image.filename}"`,
      // Errors are never kept (badRequest, notFoundError). The image's own policy, and that any
      // site may show it, are set by next.config.ts (CHART_IMAGE_HEADERS): Next would drop a
      // header set here that a next.config.ts rule sets too.
      "cache-control": OPEN_DATA_CACHE,
    },
  });
}
// Nothing here writes: every other method gets 405 (lib/http/methods.ts).
export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/http/methods";
