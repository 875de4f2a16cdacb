import type { Metadata } from "next";
import type { Lang } from "./i18n/config";
import type { Comparison } from "./domain/types";
import { isChartable } from "./view/chart-export";
import { headlineComparisons } from "./view/headline";

/** The page's og:image: the server-rendered image of its first chart, so a shared link shows it. */
export function chartOpenGraph(
  origin: string,
  lang: Lang,
  title: string,
  comparisons: Comparison[],
): Metadata["openGraph"] {
  // The headline chart (growth, poverty, budget) when there is one, else the first chart.
  const c = headlineComparisons(comparisons).find(isChartable) ?? comparisons.find(isChartable);
  if (!c) return { title };
  const q = new URLSearchParams({
    locality: c.locality,
    indicator: c.indicator,
    year: String(c.year),
    basis: c.basis,
    lang,
  });
  return {
    title,
    images: [
      {
        url: `${origin}/api/chart-image?${q.toString()}`,
        width: 2560,
        height: 1440,
        type: "image/png",
      },
    ],
  };
}
