import type { NextRequest } from "next/server";
import { getChartImage } from "@/lib/data/chart-image";
import { chartImageQuerySchema, parseQuery } from "@/lib/open-data/query";
import { badRequest } from "@/lib/open-data/responses";

// GET /api/chart-image?locality=hai-ha&indicator=total-production-value&year=2024[&basis=level][&lang=vi][&format=png|svg][&size=slide|document]
export async function GET(request: NextRequest) {
  const query = parseQuery(request.nextUrl.searchParams, chartImageQuerySchema);
  if (!query.ok) return badRequest(query.error);
  // The permalink printed in the image is SITE_URL's or a bare path: never this request's host.
  const image = await getChartImage(query.data, new Date());
  if (!image)
    return Response.json(
      { error: { message: "no comparison for this locality, indicator, year and basis" } },
      { status: 404 },
    );
  return new Response(
    new Uint8Array(typeof image.body === "string" ? Buffer.from(image.body) : image.body),
    {
      headers: {
        "content-type": image.type,
        "content-disposition": `inline; filename="${image.filename}"`,
        // The SVG is a document: it may style itself but never run anything.
        "content-security-policy":
          "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:",
        "x-content-type-options": "nosniff",
      },
    },
  );
}
