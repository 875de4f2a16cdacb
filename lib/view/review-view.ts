import type { IndicatorDetail } from "../data/comparisons";
import type { Comparison } from "../domain/types";
import type { Lang } from "../i18n/config";
import { indicatorName, localityName } from "../i18n/names";
import { paginate } from "./pages";
import {
  filterReview,
  provinceScope,
  REVIEW_ROWS_PER_PAGE,
  reviewOptions,
  sortReview,
  type ReviewFilter,
} from "./review-rows";
import type { ReviewView } from "./review-segment";

type Place = {
  slug: string;
  nameVi: string;
  nameEn: string;
  level: string;
  parentSlug: string | null;
};

/** What lib/data/review.ts reads for a year: places in reading order, indicators, comparisons. */
type ReviewData = {
  places: Place[];
  indicators: IndicatorDetail[];
  comparisons: Comparison[];
};

/** The filter a view's segment asks for; null when it names an indicator or province that is not. */
function reviewFilterOf(
  data: Pick<ReviewData, "places" | "indicators">,
  view: Omit<ReviewView, "year" | "sort" | "page">,
): ReviewFilter | null {
  if (view.indicator !== undefined && !data.indicators.some((i) => i.slug === view.indicator))
    return null;
  const localities =
    view.province === undefined ? undefined : provinceScope(data.places, view.province);
  if (localities === null) return null;
  return {
    status: view.status,
    verdictBasis: view.basis,
    category: view.category,
    indicator: view.indicator,
    localities,
  };
}

/**
 * The review page's model: this page of the filtered, sorted rows, the choices each filter
 * offers, and names. Null when the view names an unknown indicator or province, or a page past
 * the last (the page then 404s).
 */
export function reviewModel(data: ReviewData, view: ReviewView, lang: Lang) {
  const filter = reviewFilterOf(data, view);
  if (!filter) return null;
  const indicators = new Map(data.indicators.map((i) => [i.slug, i]));
  const label = (slug: string) => {
    const ind = indicators.get(slug);
    return ind ? indicatorName(ind, lang) : slug;
  };
  const rows = sortReview(filterReview(data.comparisons, data.indicators, filter), view.sort, {
    localityRank: new Map(data.places.map((p, i) => [p.slug, i])),
    indicatorLabel: label,
    locale: lang,
  });
  const page = paginate(rows, view.page, REVIEW_ROWS_PER_PAGE);
  if (!page) return null;
  const options = reviewOptions(data.comparisons, data.indicators, data.places, {
    ...filter,
    province: view.province,
  });
  return {
    page,
    options: {
      ...options,
      // Indicators by name in the page's language, as a reader looks for them.
      indicators: options.indicators.sort((a, b) => label(a).localeCompare(label(b), lang)),
    },
    indicators,
    names: new Map(data.places.map((p) => [p.slug, localityName(p, lang)])),
  };
}

export type ReviewModel = NonNullable<ReturnType<typeof reviewModel>>;
