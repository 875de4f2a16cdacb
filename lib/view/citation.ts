// Imported by a client component (components/share-chart.tsx): no zod, no server code, and the
// words arrive as labels (lib/i18n, section `share`) rather than through messages().
import type { Lang } from "../i18n/config";
import type { Comparison } from "../domain/types";
import { localityHref } from "../links";

type ChartKey = Pick<Comparison, "locality" | "indicator" | "year" | "basis">;

/** The id of a chart card, and so the anchor of its permalink: `cmp-hai-ha-total-production-value-2024-level`. */
export function chartAnchor(c: ChartKey): string {
  return `cmp-${c.locality}-${c.indicator}-${c.year}-${c.basis}`;
}

/**
 * A chart's permalink path: its locality page for the year, at the card. The same link the chart
 * image prints (lib/data/chart-image.ts), whichever page the card was shared from.
 */
export function chartPath(c: ChartKey, lang: Lang): string {
  return `${localityHref(lang, c.locality, { year: c.year })}#${chartAnchor(c)}`;
}

/** The frameable page of one chart (app/embed): `/embed/en/hai-ha/total-production-value/2024/level`. */
export function embedPath(c: ChartKey, lang: Lang): string {
  const e = encodeURIComponent;
  return `/embed/${lang}/${e(c.locality)}/${e(c.indicator)}/${c.year}/${e(c.basis)}`;
}

/** The latest publication date among a comparison's figures (`2024-02-27`), or null when none is dated. */
export function dataAsOf(figures: { publishedOn: string | null }[]): string | null {
  const dates = figures.flatMap((f) => (f.publishedOn ? [f.publishedOn.slice(0, 10)] : []));
  return dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
}

export type CitationLabels = {
  site: string;
  dataAsOf: string;
  noDatedSource: string;
  accessed: string;
};

export type CitationParts = {
  /** The chart's title in the page language, with its basis: "Budget revenue (% of plan)". */
  title: string;
  place: string;
  year: number;
  /** The permalink, absolute where the origin is known. */
  url: string;
  asOf: string | null;
  lang: Lang;
};

const pad = (n: number) => String(n).padStart(2, "0");

/** English "26 November 2026"; Vietnamese "26/11/2026". */
function dayText(year: number, month: number, day: number, lang: Lang): string {
  if (lang === "vi") return `${pad(day)}/${pad(month)}/${year}`;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** An ISO date as the citation writes its "data as of": `2024-02-27` in English, `27/02/2024` in Vietnamese. */
function asOfText(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (lang === "en" || !y || !m || !d) return iso;
  return dayText(y, m, d, lang);
}

/**
 * A citation of one chart: "Chỉ tiêu (2026). Total production value, Hải Hà, 2024. <url>. Data as
 * of 2024-02-27. Accessed 26 November 2026." The access date is the reader's own day, so it is
 * filled in on the reader's machine (pages are cached renders); `accessed` null (the server's
 * render) leaves out the year and the access sentence.
 */
export function citationText(
  p: CitationParts,
  labels: CitationLabels,
  accessed: Date | null,
): string {
  const site = accessed ? `${labels.site} (${accessed.getFullYear()})` : labels.site;
  const asOf = p.asOf ? `${labels.dataAsOf} ${asOfText(p.asOf, p.lang)}` : labels.noDatedSource;
  const day = accessed
    ? ` ${labels.accessed} ${dayText(accessed.getFullYear(), accessed.getMonth() + 1, accessed.getDate(), p.lang)}.`
    : "";
  return `${site}. ${p.title}, ${p.place}, ${p.year}. ${p.url}. ${asOf}.${day}`;
}

const ATTRIBUTE: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" };
const attr = (s: string) => s.replace(/[&"<>]/g, (ch) => ATTRIBUTE[ch] ?? ch);

/** The HTML another site pastes to show the chart: an iframe of its embed page. */
export function embedCode(src: string, title: string): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
}
