import { load, type LoadResult } from "./load";

export type SoakResult = {
  urls: number;
  connections: number;
  warmMb: number;
  endMb: number;
  /** The highest RSS sampled (every 0.5 s) during the soak. */
  peakMb: number;
  result: LoadResult;
};

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * The soak mix on the synthetic national data: many distinct views (so the page cache is
 * exercised, not one hot entry), both languages, the overview, an indicator page, open data and
 * chart images in PNG and SVG. Images are rendered on every request, so they weigh most.
 */
function soakUrls(base: string): string[] {
  const pages = range(30).flatMap((p) =>
    [1, 2].flatMap((d) => [
      `/en/localities/huyen-mau-${p}-${d}/2024`,
      `/vi/localities/huyen-mau-${p}-${d}/2023.all.economy`,
    ]),
  );
  const provinces = range(20).map((p) => `/${p % 2 ? "en" : "vi"}/localities/tinh-mau-${p}/2024`);
  const other = [
    "/en/years/2024",
    "/vi/years/2023.3",
    "/en/indicators/chi-so-2/2024",
    "/vi/indicators/chi-so-7/2022.4",
    "/vi/methodology",
  ];
  const api = range(40).flatMap((p) => [
    `/api/comparisons?locality=huyen-mau-${p}-1&year=2024`,
    `/api/figures?locality=huyen-mau-${p}-2&year=2023`,
  ]);
  const images = range(10).map(
    (p) =>
      `/api/chart-image?locality=huyen-mau-${p}-1&indicator=chi-so-${p}&year=2024&format=${p % 2 ? "png" : "svg"}`,
  );
  return [...pages, ...provinces, ...other, ...api, ...images].map((u) => base + u);
}

/**
 * Warms the server (every URL once, then 60 s of the mix at full concurrency), reads its memory,
 * soaks it for `seconds` at `connections`, and reads its memory again. The warm-up is long because
 * V8 keeps growing its heap for the first minute or so under this load (1.06 GB after 15 s, a band
 * of 1.3–1.55 GB from 90 s on) before its major collections settle it; a forced full collection
 * at that point leaves 267 MB live, most of it the bounded page cache.
 */
export async function soak(
  base: string,
  rssMb: () => number,
  seconds: number,
  connections = 50,
): Promise<SoakResult> {
  const urls = soakUrls(base);
  for (const u of urls) await (await fetch(u)).arrayBuffer();
  await load(urls, connections, 60);
  const warmMb = rssMb();
  let peakMb = warmMb;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb())), 500);
  const result = await load(urls, connections, seconds);
  clearInterval(sampler);
  const endMb = rssMb();
  return { urls: urls.length, connections, warmMb, endMb, peakMb: Math.max(peakMb, endMb), result };
}
