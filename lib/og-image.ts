import type { Metadata } from "next";
import type { Lang } from "./i18n/config";
import type { Comparison } from "./domain/types";
import { publicUrl } from "./site-url";
import { isChartable } from "./view/chart-export";
import { headlineComparisons } from "./view/headline";

/**
 * The page's og:url and og:image (the server-rendered image of its first chart, so a shared link
 * shows it). Both are SITE_URL plus a path, or the path alone: never a host from the request.
 * Next.js makes a path og:image absolute with its own fallback (this server on localhost), so set
 * SITE_URL for any public deployment.
 */
export function chartOpenGraph(
  lang: Lang,
  title: string,
  comparisons: Comparison[],
  path: string,
  siteUrl?: string,
): Metadata["openGraph"] {
  // The headline chart (growth, poverty, budget) with a result when there is one, then any chart
  // with a result, then a target alone.
  const headline = headlineComparisons(comparisons).filter(isChartable);
  const chartable = comparisons.filter(isChartable);
  const c =
    headline.find((x) => x.actual !== null) ??
    chartable.find((x) => x.actual !== null) ??
    headline[0] ??
    chartable[0];
  const url = publicUrl(path, siteUrl);
  if (!c) return { title, url };
  const q = new URLSearchParams({
    locality: c.locality,
    indicator: c.indicator,
    year: String(c.year),
    basis: c.basis,
    lang,
  });
  return {
    title,
    url,
    images: [
      {
        url: publicUrl(`/api/chart-image?${q.toString()}`, siteUrl),
        width: 2560,
        height: 1440,
        type: "image/png",
      },
    ],
  };
}
