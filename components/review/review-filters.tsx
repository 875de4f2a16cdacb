import { DataDownloads } from "../data-downloads";
import { FilterLinks, type FilterOption } from "../filter-links";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { indicatorName } from "@/lib/i18n/names";
import { REVIEW_SORTS } from "@/lib/view/review-rows";
import { reviewHref, type ReviewView } from "@/lib/view/review-segment";
import type { ReviewModel } from "@/lib/view/review-view";

type Filterable = Exclude<keyof ReviewView, "year" | "sort" | "page">;

/**
 * The reviewer's filters as rows of links: each link is the view's path with one filter changed
 * (and back to page 1), so every view is a cached page and a shareable URL. Below them, the
 * download of exactly the filtered comparisons (sorting aside: downloads keep reading order).
 */
export function ReviewFilters({
  lang,
  view,
  years,
  model,
}: {
  lang: Lang;
  view: ReviewView;
  years: number[];
  model: ReviewModel;
}) {
  const t = messages(lang);
  const { options, indicators, names } = model;
  const href = (change: Partial<ReviewView>) => reviewHref(lang, { ...view, page: 1, ...change });
  // One row of a filter: "All", then its values.
  const row = (key: Filterable, values: readonly string[], label: (v: string) => string) => [
    { key: "all", label: t.filters.all, href: href({ [key]: undefined }), current: !view[key] },
    ...values.map((v): FilterOption => ({
      key: v,
      label: label(v),
      href: href({ [key]: v }),
      current: view[key] === v,
    })),
  ];
  const indicatorLabel = (slug: string) => {
    const ind = indicators.get(slug);
    return ind ? indicatorName(ind, lang) : slug;
  };
  return (
    <div className="no-print space-y-2 rounded border border-stone-200 bg-white p-3">
      <FilterLinks
        label={t.filters.year}
        options={years.map((y) => ({
          key: String(y),
          label: String(y),
          href: href({ year: y }),
          current: y === view.year,
        }))}
      />
      <FilterLinks
        label={t.filters.status}
        options={row("status", options.statuses, (s) => t.status[s as keyof typeof t.status])}
      />
      <FilterLinks
        label={t.review.basis}
        options={row("basis", options.bases, (b) => t.review.bases[b as "computed" | "stated"])}
      />
      <FilterLinks
        label={t.filters.category}
        options={row("category", options.categories, (c) => t.category[c] ?? c)}
      />
      <FilterLinks
        label={t.review.indicator}
        options={row("indicator", options.indicators, indicatorLabel)}
      />
      <FilterLinks
        label={t.review.province}
        options={row("province", options.provinces, (p) => names.get(p) ?? p)}
      />
      <FilterLinks
        label={t.review.sort}
        options={REVIEW_SORTS.map((s) => ({
          key: s,
          label: t.review.sorts[s],
          href: href({ sort: s }),
          current: view.sort === s,
        }))}
      />
      <DataDownloads
        lang={lang}
        list="comparisons"
        query={{
          year: view.year,
          status: view.status,
          verdictBasis: view.basis,
          category: view.category,
          indicator: view.indicator,
          province: view.province,
        }}
      />
    </div>
  );
}
