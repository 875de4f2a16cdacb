import { DataDownloads } from "@/components/data-downloads";
import { FilterLinks } from "@/components/filter-links";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import type { ViewFilters } from "@/lib/view/segments";
import type { LocalityView } from "@/lib/view/locality-view";

/** Year, status and category as rows of links (the URL holds them), and the downloads. */
export function LocalityFilters({
  v,
  query,
  lang,
}: {
  v: LocalityView;
  query: ViewFilters;
  lang: Lang;
}) {
  const t = messages(lang);
  return (
    <div className="no-print space-y-2 rounded border border-stone-200 bg-white p-3">
      <FilterLinks label={t.filters.year} options={v.filters.years} />
      <FilterLinks label={t.filters.status} options={v.filters.statuses} />
      <FilterLinks label={t.filters.category} options={v.filters.categories} />
      {v.data && v.year !== undefined && (
        <DataDownloads
          lang={lang}
          query={{ locality: v.slug, year: v.year, status: query.status, category: query.category }}
        />
      )}
    </div>
  );
}
