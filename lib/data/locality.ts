import "server-only";
import { cache } from "react";
import { db } from "./db";
import { yearsWithFullYearResults } from "./overview";
import { isScorecard } from "../status/build";
import { getComparisonData } from "./comparisons";

/** Everything the locality page shows for one year, or null when the locality does not exist. */
// cache(): generateMetadata and the page ask for the same data within one request.
export const getLocalityPage = cache(async function getLocalityPage(
  slug: string,
  year: number | undefined,
) {
  const locality = await db.locality.findUnique({
    where: { slug },
    include: { parent: true, children: { orderBy: { nameEn: "asc" } } },
  });
  if (!locality) return null;
  const years = (
    await db.figure.groupBy({
      by: ["year"],
      where: { localitySlug: slug },
      orderBy: { year: "desc" },
    })
  ).map((r) => r.year);
  // Opened without a year: the latest year with a full-year result (verdicts, not "no result").
  const selected = year ?? (await yearsWithFullYearResults(slug))[0] ?? years[0];
  // The parent and districts are linked at the same year only where they report it: Hải Hà
  // reports 2024 but Quảng Ninh may not, and a link must never lead to a 404.
  const relatives = [locality.parent?.slug, ...locality.children.map((c) => c.slug)].filter(
    (s): s is string => s !== undefined,
  );
  const reportingRelatives = new Set(
    selected === undefined || relatives.length === 0
      ? []
      : (
          await db.figure.groupBy({
            by: ["localitySlug"],
            where: { year: selected, localitySlug: { in: relatives } },
          })
        ).map((r) => r.localitySlug),
  );
  if (selected === undefined || !years.includes(selected))
    return { locality, years, year: selected, reportingRelatives, data: null };
  const data = await getComparisonData({ locality: slug, year: selected });
  const scorecardSlugs = new Set(data.indicators.filter(isScorecard).map((i) => i.slug));
  const sourceScorecards = data.figures.filter((f) => scorecardSlugs.has(f.indicatorSlug));
  const sourceIds = [...new Set(data.figures.map((f) => f.sourceId))].sort();
  const sources = await db.source.findMany({
    where: { id: { in: sourceIds } },
    orderBy: { id: "asc" },
  });
  return {
    locality,
    years,
    year: selected,
    reportingRelatives,
    data: { ...data, sourceScorecards, sources },
  };
});
