import type { getLocalityPage } from "../data/locality";
import { CATEGORIES, STATUSES, type Category, type Status } from "../domain/enums";
import type { Comparison } from "../domain/types";
import type { Lang } from "../i18n/config";
import { messages } from "../i18n/messages";
import { localityName } from "../i18n/names";
import { localityHref, sourceHref } from "../links";
import { scorecard, type Scorecard } from "../status/build";
import type { ViewFilters } from "./segments";
import { shownComparisons } from "./shown";

export type LocalityPage = NonNullable<Awaited<ReturnType<typeof getLocalityPage>>>;
type PageData = NonNullable<LocalityPage["data"]>;
type FilterOption = { key: string; label: string; href: string; current: boolean };
type Link = { key: string; name: string; href: string };

/** Everything the locality page shows, decided here; the page only lays it out. */
export type LocalityView = {
  slug: string;
  name: string;
  levelLabel: string;
  parent: Link | null;
  children: Link[];
  successor: string | null;
  year: number | undefined;
  filters: { years: FilterOption[]; statuses: FilterOption[]; categories: FilterOption[] };
  data: null | {
    dataAsOf: { published: string; read: string };
    counts: Scorecard;
    /** Every comparison in the filters, for the bullet chart at the top. */
    shown: Comparison[];
    sections: { category: Category; label: string; comparisons: Comparison[] }[];
    noResult: Comparison[];
    noTarget: Comparison[];
    sources: Link[];
    raw: PageData;
  };
};

/** The latest of some ISO dates (they sort as text); "" when none is given. */
const latestDate = (dates: (string | null)[]) =>
  dates.reduce<string>((a, d) => (d !== null && d > a ? d : a), "");

export function localityView(page: LocalityPage, query: ViewFilters, lang: Lang): LocalityView {
  const t = messages(lang);
  const { locality, data, years, year, reportingRelatives } = page;
  const slug = locality.slug;
  // Relatives are linked at this year only where they report it: a link never leads to a 404.
  const relative = (s: string) => localityHref(lang, s, reportingRelatives.has(s) ? { year } : {});
  const view = { year, status: query.status, category: query.category };
  const indicators = data?.indicators ?? [];
  const comparisons = data?.comparisons ?? [];
  const categoryOf = new Map(indicators.map((i) => [i.slug, i.category]));
  const inCategory = shownComparisons(comparisons, indicators, { category: query.category });
  const shown = shownComparisons(comparisons, indicators, query);
  const option = (key: string, label: string, v: typeof view, current: boolean) => ({
    key,
    label,
    href: localityHref(lang, slug, v),
    current,
  });
  const present = (s: Status) => inCategory.some((c) => c.status === s);
  const charted = shown.filter((c) => c.status !== "no_result" && c.status !== "no_target");
  return {
    slug,
    name: localityName(locality, lang),
    levelLabel: locality.level === "district" ? t.overview.district : t.overview.province,
    parent: locality.parent
      ? {
          key: locality.parent.slug,
          name: localityName(locality.parent, lang),
          href: relative(locality.parent.slug),
        }
      : null,
    children: locality.children.map((c) => ({
      key: c.slug,
      name: localityName(c, lang),
      href: relative(c.slug),
    })),
    successor:
      lang === "vi" ? (locality.successorVi ?? locality.successorEn) : locality.successorEn,
    year,
    filters: {
      years: years.map((y) => option(String(y), String(y), { ...view, year: y }, y === year)),
      statuses: [
        option("all", t.filters.all, { ...view, status: undefined }, !query.status),
        ...STATUSES.filter(present).map((s) =>
          option(s, t.status[s], { ...view, status: s }, query.status === s),
        ),
      ],
      categories: [
        option("all", t.filters.all, { ...view, category: undefined }, !query.category),
        ...CATEGORIES.filter((cat) =>
          comparisons.some((c) => categoryOf.get(c.indicator) === cat),
        ).map((cat) =>
          option(cat, t.category[cat] ?? cat, { ...view, category: cat }, query.category === cat),
        ),
      ],
    },
    data: data && {
      dataAsOf: {
        published: latestDate(data.sources.map((s) => s.publishedOn)),
        read: latestDate(data.sources.map((s) => s.retrievedOn)),
      },
      counts: scorecard(inCategory),
      shown,
      sections: CATEGORIES.map((category) => ({
        category,
        label: t.category[category] ?? category,
        comparisons: charted.filter((c) => categoryOf.get(c.indicator) === category),
      })).filter((s) => s.comparisons.length > 0),
      noResult: shown.filter((c) => c.status === "no_result"),
      noTarget: shown.filter((c) => c.status === "no_target"),
      sources: data.sources.map((s) => ({
        key: s.id,
        name: lang === "vi" ? s.titleVi : s.title,
        href: sourceHref(lang, s.id),
      })),
      raw: data,
    },
  };
}
