import "server-only";
import { db } from "./db";
import { composeChartSvg } from "../export/chart-svg";
import { embeddedFontCss } from "../export/fonts";
import { renderPng } from "../export/render-png";
import { localityName } from "../i18n/names";
import type { BulletImageQuery, ChartImageQuery, IndicatorImageQuery } from "../open-data/query";
import { indicatorHref, localityHref } from "../links";
import { publicUrl } from "../site-url";
import { composeBulletSvg } from "../export/bullet-svg";
import { composeIndicatorSvg } from "../export/indicator-svg";
import { buildBulletImageSpec } from "../view/bullet-export";
import { buildExportSpec, EXPORT_SIZES, exportFileName } from "../view/chart-export";
import { buildIndicatorImageSpec } from "../view/indicator-export";
import { viewImageFileName, type ViewImage } from "../view/view-images";
import { getComparisonData } from "./comparisons";
import { getIndicatorPage } from "./indicator";

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
  return asImage(composeChartSvg(spec), exportFileName(c, q.lang, q.size, q.format), q);
}

type ImageOptions = Pick<ChartImageQuery, "format" | "size">;

/** The SVG as it is, or rasterised at 2× for a PNG (off the event loop). */
async function asImage(svg: string, filename: string, q: ImageOptions) {
  if (q.format === "svg")
    return { body: svg as string | Buffer, type: "image/svg+xml; charset=utf-8", filename };
  return { body: await renderPng(svg, EXPORT_SIZES[q.size].width), type: "image/png", filename };
}

/** Sources by id, with what the image's source line names them by. */
const sourcesOf = (ids: (string | undefined)[]) =>
  db.source.findMany({
    where: { id: { in: [...new Set(ids)].filter((s): s is string => !!s) } },
    select: { id: true, title: true, titleVi: true, publisher: true, publishedOn: true },
  });

/**
 * The permalink of a view's image: the locality page's bullet chart for the year, or the
 * indicator page (its page of localities) at the section across localities.
 */
function viewPermalink(v: ViewImage, lang: ChartImageQuery["lang"], siteUrl?: string) {
  const path =
    v.view === "bullet"
      ? `${localityHref(lang, v.locality, { year: v.year })}#bullet`
      : `${indicatorHref(lang, v.indicator, v.year, v.page ?? 1)}#across`;
  return siteUrl === undefined ? publicUrl(path) : publicUrl(path, siteUrl);
}

/** A locality-year's bullet chart as one image (every row); null when it has none. */
export async function getBulletImage(q: BulletImageQuery, today: Date, siteUrl?: string) {
  const [locality, data] = await Promise.all([
    db.locality.findUnique({ where: { slug: q.locality } }),
    getComparisonData({ locality: q.locality, year: q.year }),
  ]);
  if (!locality) return null;
  const v: ViewImage = { view: "bullet", locality: q.locality, year: q.year };
  const spec = buildBulletImageSpec({
    comparisons: data.comparisons,
    indicators: data.indicators,
    localityName: localityName(locality, q.lang),
    year: q.year,
    lang: q.lang,
    size: q.size,
    permalink: viewPermalink(v, q.lang, siteUrl),
    exportedOn: today.toISOString().slice(0, 10),
    sources: await sourcesOf(data.comparisons.flatMap((c) => [c.target?.source, c.actual?.source])),
    fontCss: q.format === "svg" ? embeddedFontCss() : "",
  });
  if (!spec) return null;
  return asImage(composeBulletSvg(spec), viewImageFileName(v, q.lang, q.size, q.format), q);
}

/** An indicator across one page of localities as one image; null when the year has none. */
export async function getIndicatorImage(q: IndicatorImageQuery, today: Date, siteUrl?: string) {
  const page = await getIndicatorPage(q.indicator, q.year, q.page);
  if (!page?.data || !page.page) return null;
  const v: ViewImage = { view: "indicator", indicator: q.indicator, year: q.year, page: q.page };
  const comparisons = page.data.comparisons;
  const spec = buildIndicatorImageSpec({
    page,
    lang: q.lang,
    size: q.size,
    permalink: viewPermalink(v, q.lang, siteUrl),
    exportedOn: today.toISOString().slice(0, 10),
    sources: await sourcesOf(comparisons.flatMap((c) => [c.target?.source, c.actual?.source])),
    fontCss: q.format === "svg" ? embeddedFontCss() : "",
  });
  if (!spec) return null;
  return asImage(composeIndicatorSvg(spec), viewImageFileName(v, q.lang, q.size, q.format), q);
}
