import "server-only";
import { db } from "./db";
import { composeChartSvg } from "../export/chart-svg";
import { embeddedFontCss } from "../export/fonts";
import { renderPng } from "../export/render-png";
import { localityName } from "../i18n/names";
import type { ChartImageQuery } from "../open-data/query";
import { localityHref } from "../links";
import { publicUrl } from "../site-url";
import { buildExportSpec, EXPORT_SIZES, exportFileName } from "../view/chart-export";
import { getComparisonData } from "./comparisons";

/**
 * The permalink of a chart: its locality page for the year, scrolled to the chart; SITE_URL in
 * front when set, else the path alone (a host from the request never goes into an image).
 */
export function chartPermalink(
  q: Pick<ChartImageQuery, "lang" | "locality" | "indicator" | "year" | "basis">,
  siteUrl?: string,
): string {
  const path = `${localityHref(q.lang, q.locality, { year: q.year })}#cmp-${q.locality}-${q.indicator}-${q.year}-${q.basis}`;
  return siteUrl === undefined ? publicUrl(path) : publicUrl(path, siteUrl);
}

/**
 * The composed chart image of a comparison, or null when there is no such comparison. Every
 * comparison has one: a target without a result draws the target alone, a result without a
 * target the result alone.
 */
export async function getChartImage(q: ChartImageQuery, today: Date, siteUrl?: string) {
  const [locality, data] = await Promise.all([
    db.locality.findUnique({ where: { slug: q.locality } }),
    getComparisonData({ locality: q.locality, year: q.year, indicator: q.indicator }),
  ]);
  const c = data.comparisons.find((x) => x.basis === q.basis);
  const indicator = data.indicators.find((i) => i.slug === q.indicator);
  if (!locality || !c || !indicator) return null;
  const ids = new Set([c.target?.source, c.actual?.source, ...data.figures.map((f) => f.sourceId)]);
  const sources = await db.source.findMany({
    where: { id: { in: [...ids].filter((s): s is string => !!s) } },
    select: { id: true, title: true, titleVi: true, publisher: true, publishedOn: true },
  });
  const spec = buildExportSpec({
    c,
    indicator,
    figures: data.figures,
    localityName: localityName(locality, q.lang),
    lang: q.lang,
    size: q.size,
    permalink: chartPermalink(q, siteUrl),
    exportedOn: today.toISOString().slice(0, 10),
    sources,
    fontCss: q.format === "svg" ? embeddedFontCss() : "",
  });
  const svg = composeChartSvg(spec);
  const filename = exportFileName(c, q.lang, q.size, q.format);
  if (q.format === "svg") return { body: svg, type: "image/svg+xml; charset=utf-8", filename };
  return { body: renderPng(svg, EXPORT_SIZES[q.size].width), type: "image/png", filename };
}
