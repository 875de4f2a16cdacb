import type { Lang } from "../i18n/config";
import { localityHref, sourceHref } from "../links";
import { publicUrl } from "../site-url";
import type { LocalityView } from "./locality-view";
import type { ViewFilters } from "./segments";
import { shownFigures } from "./shown";

type Data = NonNullable<LocalityView["data"]>;

type PrintQuote = { key: string; text: string; language: string };

/** One source as a printed report cites it: paper has no links, so every address is written out. */
type PrintSource = {
  id: string;
  title: string;
  type: "article" | "web";
  publisher: string | null;
  /** The web page the figures were read on; null for an article. */
  url: string | null;
  publishedOn: string | null;
  retrievedOn: string | null;
  /** The source's page on this site (the whole article, or the web page's figures). */
  page: string;
  /** The sentences the view's figures come from, once each, for articles only. */
  quotes: PrintQuote[];
};

/**
 * The address a printed view gives for itself: the canonical path of the view at its year (a
 * bare `/vi/localities/ninh-thuan` follows the latest year, so paper names the year it shows),
 * absolute when SITE_URL is set.
 */
export function printedUrl(
  v: Pick<LocalityView, "slug" | "year">,
  query: ViewFilters,
  lang: Lang,
  siteUrl?: string,
): string {
  const view = { year: v.year, status: query.status, category: query.category };
  return publicUrl(localityHref(lang, v.slug, view), siteUrl);
}

/** The filters a view narrows to, in words ("Missed", "Economy"); empty when it shows all. */
export function printedFilters(v: Pick<LocalityView, "filters">): string[] {
  const current = (options: LocalityView["filters"]["statuses"]) =>
    options.filter((o) => o.current && o.key !== "all").map((o) => o.label);
  return [...current(v.filters.statuses), ...current(v.filters.categories)];
}

/**
 * The sources of the figures a view shows (the same figures as its downloads, see shown.ts), in
 * the order the page lists them, with the quotes used from each article.
 */
export function printSources(d: Data, lang: Lang, siteUrl?: string): PrintSource[] {
  const figures = shownFigures(d.shown, d.raw.figures, d.raw.indicators, {});
  return d.raw.sources.flatMap((s) => {
    const own = figures.filter((f) => f.sourceId === s.id);
    if (own.length === 0) return [];
    const web = s.type === "web";
    const seen = new Set<string>();
    const quotes = web
      ? []
      : own.flatMap((f) => {
          if (seen.has(f.quote)) return []; // several figures often share one sentence
          seen.add(f.quote);
          return [{ key: f.id, text: f.quote, language: f.language }];
        });
    return [
      {
        id: s.id,
        title: lang === "vi" ? s.titleVi || s.title : s.title,
        type: web ? "web" : "article",
        publisher: s.publisher,
        url: web ? s.url : null,
        publishedOn: s.publishedOn,
        retrievedOn: web ? s.retrievedOn : null,
        page: publicUrl(sourceHref(lang, s.id), siteUrl),
        quotes,
      },
    ];
  });
}
