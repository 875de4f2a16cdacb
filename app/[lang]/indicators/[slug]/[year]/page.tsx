import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { chartOpenGraph } from "@/lib/og-image";
import { staticOrigin } from "@/lib/site-url";
import { ComparisonCard } from "@/components/comparison-card";
import { ComparisonTable } from "@/components/comparison-table";
import { DataDownloads } from "@/components/data-downloads";
import { FilterLinks } from "@/components/filter-links";
import { PageLinks } from "@/components/page-links";
import { getIndicatorPage } from "@/lib/data/indicator";
import { unitLabel } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import { indicatorName, localityName } from "@/lib/i18n/names";
import { langParam, slugParam } from "@/lib/route-params";
import { indicatorHref } from "@/lib/links";
import { parseYearPage } from "@/lib/view/segments";

const MAX_CHARTS = 24;

type Props = { params: Promise<{ lang: string; slug: string; year: string }> };

// Rendered on first request and cached: the database is read-only while serving, so a view
// never changes until the next seed and build. The year and page arrive in the path (see lib/view/segments.ts).
export const dynamic = "force-static";
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const lang = langParam(p.lang);
  const query = parseYearPage(p.year) ?? notFound();
  const page = await getIndicatorPage(slugParam(p.slug), query.year, query.page);
  if (!page) notFound();
  const title = indicatorName(page.indicator, lang);
  return {
    title,
    openGraph: chartOpenGraph(staticOrigin(), lang, title, page.data?.comparisons ?? []),
  };
}

export default async function IndicatorPage({ params }: Props) {
  const p = await params;
  const lang = langParam(p.lang);
  const slug = slugParam(p.slug);
  const query = parseYearPage(p.year) ?? notFound();
  const page = await getIndicatorPage(slug, query.year, query.page);
  if (!page || ((query.year !== undefined || query.page > 1) && !page.data)) notFound();
  const t = messages(lang);
  const { indicator, years, year, data } = page;
  const name = indicatorName(indicator, lang);
  const names = new Map(data?.localities.map((l) => [l.slug, localityName(l, lang)]) ?? []);
  const detail = data?.indicators.find((i) => i.slug === slug);
  // A chart per locality while they fit; past that, the rest of the page goes into the table.
  const chartable =
    data?.comparisons.filter((c) => c.status !== "no_result" && c.status !== "no_target") ?? [];
  const charted = chartable.slice(0, MAX_CHARTS);
  const others = data?.comparisons.filter((c) => !charted.includes(c)) ?? [];
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{name}</h1>
        <p className="text-stone-700">
          {t.category[indicator.category]} · {t.indicator.unit}:{" "}
          {unitLabel(indicator.unit, lang) || "—"} · {t.indicator.directions[indicator.direction]}
        </p>
      </header>
      <div className="no-print space-y-2 rounded border border-stone-200 bg-white p-3">
        <FilterLinks
          label={t.filters.year}
          options={years.map((y) => ({
            key: String(y),
            label: String(y),
            href: indicatorHref(lang, slug, y),
            current: y === year,
          }))}
        />
        {year !== undefined && <DataDownloads lang={lang} query={{ indicator: slug, year }} />}
      </div>
      <section aria-labelledby="across" className="space-y-3">
        <h2 id="across" className="text-xl font-semibold">
          {t.indicator.acrossLocalities} · {year}
        </h2>
        {!data || !detail || data.comparisons.length === 0 ? (
          <p>{t.indicator.none}</p>
        ) : (
          <>
            {page.page && (
              <PageLinks
                t={t.pages}
                page={page.page.page}
                pages={page.page.pages}
                showing={t.pages.localities(page.page.from, page.page.to, page.page.total)}
                href={(n) => indicatorHref(lang, slug, year, n)}
              />
            )}
            <div className="grid gap-4 lg:grid-cols-2">
              {charted.map((c) => (
                <ComparisonCard
                  key={`${c.locality}-${c.basis}`}
                  c={c}
                  indicator={detail}
                  figures={data.figures}
                  localityName={names.get(c.locality) ?? c.locality}
                  lang={lang}
                />
              ))}
            </div>
            {others.length > 0 && (
              <ComparisonTable
                rows={others}
                figures={data.figures}
                indicators={data.indicators}
                lang={lang}
                caption={name}
                localityNames={names}
              />
            )}
          </>
        )}
      </section>
    </div>
  );
}
