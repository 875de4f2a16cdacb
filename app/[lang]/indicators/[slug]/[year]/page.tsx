import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isKnownView } from "@/lib/data/known-views";
import { chartOpenGraph } from "@/lib/og-image";
import { ComparisonCard } from "@/components/comparison-card";
import { ComparisonTable } from "@/components/comparison-table";
import { DataDownloads } from "@/components/data-downloads";
import { FilterLinks } from "@/components/filter-links";
import { ImageDownloads } from "@/components/image-downloads";
import { PageLinks } from "@/components/page-links";
import { getIndicatorPage } from "@/lib/data/indicator";
import { messages } from "@/lib/i18n/messages";
import { indicatorName } from "@/lib/i18n/names";
import { langParam, slugParam } from "@/lib/route-params";
import { indicatorHref } from "@/lib/links";
import { indicatorView } from "@/lib/view/indicator-view";
import { parseYearPage } from "@/lib/view/segments";

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
  const known = { indicator: slugParam(p.slug), year: query.year };
  if (!(await isKnownView({ ...known, page: { of: "indicator", n: query.page } }))) notFound();
  const page = await getIndicatorPage(slugParam(p.slug), query.year, query.page);
  if (!page) notFound();
  const title = indicatorName(page.indicator, lang);
  return {
    title,
    openGraph: chartOpenGraph(
      lang,
      title,
      page.data?.comparisons ?? [],
      indicatorHref(lang, page.indicator.slug, query.year, query.page),
    ),
  };
}

export default async function IndicatorPage({ params }: Props) {
  const p = await params;
  const lang = langParam(p.lang);
  const query = parseYearPage(p.year) ?? notFound();
  const known = { indicator: slugParam(p.slug), year: query.year };
  if (!(await isKnownView({ ...known, page: { of: "indicator", n: query.page } }))) notFound();
  const page = await getIndicatorPage(slugParam(p.slug), query.year, query.page);
  if (!page || ((query.year !== undefined || query.page > 1) && !page.data)) notFound();
  const t = messages(lang);
  const v = indicatorView(page, lang);
  const data = page.data;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{v.name}</h1>
        <p className="text-stone-700">{v.subtitle}</p>
      </header>
      <div className="no-print space-y-2 rounded border border-stone-200 bg-white p-3">
        <FilterLinks label={t.filters.year} options={v.years} />
        {v.year !== undefined && (
          <DataDownloads lang={lang} query={{ indicator: v.slug, year: v.year }} />
        )}
      </div>
      <section aria-labelledby="across" className="space-y-3">
        <h2 id="across" className="text-xl font-semibold">
          {t.indicator.acrossLocalities} · {v.year}
        </h2>
        {!v.empty && v.year !== undefined && (
          <ImageDownloads
            image={{ view: "indicator", indicator: v.slug, year: v.year, page: page.page?.page }}
            lang={lang}
            title={`${v.name} · ${t.indicator.acrossLocalities} · ${v.year}`}
          />
        )}
        {v.empty || !data || !v.detail ? (
          <p>{t.indicator.none}</p>
        ) : (
          <>
            {page.page && (
              <PageLinks
                t={t.pages}
                page={page.page.page}
                pages={page.page.pages}
                showing={t.pages.localities(page.page.from, page.page.to, page.page.total)}
                href={(n) => indicatorHref(lang, v.slug, v.year, n)}
              />
            )}
            <div className="grid gap-4 lg:grid-cols-2">
              {v.charted.map((c) => (
                <ComparisonCard
                  key={`${c.locality}-${c.basis}`}
                  c={c}
                  indicator={v.detail!}
                  figures={data.figures}
                  localityName={v.names.get(c.locality) ?? c.locality}
                  lang={lang}
                />
              ))}
            </div>
            {v.others.length > 0 && (
              <ComparisonTable
                rows={v.others}
                figures={data.figures}
                indicators={data.indicators}
                lang={lang}
                caption={v.name}
                localityNames={v.names}
              />
            )}
          </>
        )}
      </section>
    </div>
  );
}
