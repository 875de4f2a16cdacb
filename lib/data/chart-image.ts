import "server-only";
import { db } from "./db";
import { composeChartSvg } from "../export/chart-svg";
import { embeddedFontCss } from "../export/fonts";
import { renderPng } from "../export/render-png";
import { localityName } from "../i18n/names";
import type { ChartImageQuery } from "../open-data/query";
import { localityHref } from "../links";
import { buildExportSpec, EXPORT_SIZES, exportFileName, isChartable } from "../view/chart-export";
import { getComparisonData } from "./comparisons";

/** The permalink of a chart: its locality page for the year, scrolled to the chart. */
function chartPermalink(
  origin: string,
  q: Pick<ChartImageQuery, "lang" | "locality" | "indicator" | "year" | "basis">,
): string {
  return `${origin}${localityHref(q.lang, q.locality, { year: q.year })}#cmp-${q.locality}-${q.indicator}-${q.year}-${q.basis}`;
}

/** The composed chart image for a view, or null when that view has no chart. */
export async function getChartImage(q: ChartImageQuery, origin: string, today: Date) {
  const [locality, data] = await Promise.all([
    db.locality.findUnique({ where: { slug: q.locality } }),
    getComparisonData({ locality: q.locality, year: q.year, indicator: q.indicator }),
  ]);
  const c = data.comparisons.find((x) => x.basis === q.basis);
  const indicator = data.indicators.find((i) => i.slug === q.indicator);
  if (!locality || !c || !indicator || !isChartable(c)) return null;
  const sources = await db.source.findMany({
    where: { id: { in: [c.target?.source, c.actual?.source].filter((s): s is string => !!s) } },
  });
  const spec = buildExportSpec({
    c,
    indicator,
    figures: data.figures,
    localityName: localityName(locality, q.lang),
    lang: q.lang,
    size: q.size,
    permalink: chartPermalink(origin, q),
    exportedOn: today.toISOString().slice(0, 10),
    sources,
    fontCss: q.format === "svg" ? embeddedFontCss() : "",
  });
  const svg = composeChartSvg(spec);
  const filename = exportFileName(c, q.lang, q.size, q.format);
  if (q.format === "svg") return { body: svg, type: "image/svg+xml; charset=utf-8", filename };
  return { body: renderPng(svg, EXPORT_SIZES[q.size].width), type: "image/png", filename };
}
