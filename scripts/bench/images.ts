import { load, type LoadResult } from "./load";

export type ImageLoadResult = {
  /** Distinct image URLs requested in turn by the image connections. */
  urls: number;
  connections: number;
  images: LoadResult;
  /** One connection on a cached page while the images load. */
  page: LoadResult;
  /** One image already rendered, and the cached page, each alone at 10 connections. */
  repeated: LoadResult;
  pageAlone: LoadResult;
};

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * Every kind of chart image on the synthetic national data, none rendered before: a comparison
 * chart per indicator of ten districts (PNG, Vietnamese SVG, slide and document sizes), each
 * district's bullet chart and each indicator's page of localities.
 */
function imageUrls(base: string): string[] {
  const charts = range(10).flatMap((d) =>
    range(40).map((i) => {
      const variant = i % 4;
      const format = variant === 1 ? "svg" : "png";
      const lang = variant === 1 ? "vi" : "en";
      const size = variant === 2 ? "document" : "slide";
      return `/api/chart-image?locality=huyen-mau-${d}-1&indicator=chi-so-${i}&year=2024&format=${format}&lang=${lang}&size=${size}`;
    }),
  );
  const bullets = range(10).map(
    (d) => `/api/chart-image?view=bullet&locality=huyen-mau-${d}-2&year=2024`,
  );
  const indicators = range(20).map(
    (i) => `/api/chart-image?view=indicator&indicator=chi-so-${i}&year=2023`,
  );
  return [...charts, ...bullets, ...indicators].map((u) => base + u);
}

/**
 * Issue 14's image load: `connections` request every chart image in turn (each rendered once, two
 * at a time, then kept) while one connection reads a cached page; then a repeated image against
 * the cached page, each alone.
 */
export async function imageLoad(
  base: string,
  page: string,
  seconds: number,
  connections = 50,
): Promise<ImageLoadResult> {
  const urls = imageUrls(base);
  await (await fetch(base + page)).arrayBuffer(); // the page is cached before the images start
  const [images, pageResult] = await Promise.all([
    load(urls, connections, seconds),
    load(base + page, 1, seconds),
  ]);
  const one = urls[0] as string;
  await (await fetch(one)).arrayBuffer();
  const repeated = await load(one, 10, Math.max(2, seconds / 4));
  const pageAlone = await load(base + page, 10, Math.max(2, seconds / 4));
  return { urls: urls.length, connections, images, page: pageResult, repeated, pageAlone };
}
