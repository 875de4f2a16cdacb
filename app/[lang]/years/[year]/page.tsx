import { notFound } from "next/navigation";
import { isKnownView } from "@/lib/data/known-views";
import { DataDownloads } from "@/components/data-downloads";
import { FilterLinks } from "@/components/filter-links";
import { LocalitySummary } from "@/components/locality-summary";
import { NotableLists } from "@/components/notable-list";
import { Scoreboard } from "@/components/scoreboard";
import { PageLinks } from "@/components/page-links";
import { getOverview } from "@/lib/data/overview";
import { getScoreboard } from "@/lib/data/scoreboard";
import { messages } from "@/lib/i18n/messages";
import { localityName } from "@/lib/i18n/names";
import { langParam } from "@/lib/route-params";
import { overviewHref } from "@/lib/links";
import type { Comparison } from "@/lib/domain/types";
import { byVietnameseName } from "@/lib/view/pages";
import { scoreboardGroups } from "@/lib/view/scoreboard";
import { parseYearPage } from "@/lib/view/segments";

const NATIONAL_SCALE = 100;

type Props = { params: Promise<{ lang: string; year: string }> };

// Rendered on first request and cached: the database is read-only while serving, so a view
// never changes until the next seed and build. The year and page arrive in the path (see lib/view/segments.ts).
export const dynamic = "force-static";
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function OverviewPage({ params }: Props) {
  const p = await params;
  const lang = langParam(p.lang);
  const query = parseYearPage(p.year) ?? notFound();
  // A made-up year or page gets the 404 before the overview's reads (1 s at national scale).
  if (!(await isKnownView({ year: query.year, page: { of: "overview", n: query.page } })))
    notFound();
  const { localities, years, year, data, page } = await getOverview(query.year, query.page);
  if ((query.year !== undefined || query.page > 1) && !data) notFound();
  const t = messages(lang);
  const provinces = page?.items ?? [];
  // Grouped once (Node 20 has no Map.groupBy): filtering per locality is quadratic at national scale.
  const byLocality = new Map<string, Comparison[]>();
  for (const c of data?.comparisons ?? []) {
    const list = byLocality.get(c.locality);
    if (list) list.push(c);
    else byLocality.set(c.locality, [c]);
  }
  const forLocality = (slug: string) => byLocality.get(slug) ?? [];
  // At national scale (hundreds of districts) districts show their scorecards only; their
  // headline figures are one click away on their own pages.
  const national = localities.length > NATIONAL_SCALE;
  // At national scale the scoreboard (and its notable lists) covers this page's provinces and
  // their districts; otherwise every locality.
  const onPage = new Set(provinces.map((pr) => pr.slug));
  const board = await getScoreboard(
    national
      ? localities
          .filter((l) => onPage.has(l.slug) || (l.parentSlug !== null && onPage.has(l.parentSlug)))
          .map((l) => l.slug)
      : undefined,
  );
  // The scoreboard covers every locality and year, so it opens the first page; at national scale
  // it would be thousands of rows, so each page shows its own provinces' rows instead.
  const groups =
    national || query.page === 1
      ? scoreboardGroups(
          board.localities,
          board.cells,
          board.sourceScorecards,
          national ? new Set(provinces.map((pr) => pr.slug)) : undefined,
        )
      : [];
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t.overview.title}</h1>
        <p className="mt-1 max-w-3xl text-stone-700">{t.overview.intro}</p>
        <p className="mt-1 text-sm text-stone-700">
          {board.dataAsOf ? t.scoreboard.dataAsOf(board.dataAsOf) : t.scoreboard.dataAsOfNone}
        </p>
      </header>
      {groups.length > 0 && (
        <Scoreboard
          groups={groups}
          localities={board.localities}
          indicators={board.indicators}
          lang={lang}
        />
      )}
      {query.page === 1 && (
        <NotableLists
          misses={board.notable.misses}
          successes={board.notable.successes}
          localities={board.localities}
          indicators={board.indicators}
          lang={lang}
        />
      )}
      <div className="no-print space-y-2 rounded border border-stone-200 bg-white p-3">
        <FilterLinks
          label={t.filters.year}
          options={years.map((y) => ({
            key: String(y),
            label: String(y),
            href: overviewHref(lang, y),
            current: y === year,
          }))}
        />
        {year !== undefined && <DataDownloads lang={lang} query={{ year }} />}
      </div>
      {page && (
        <PageLinks
          t={t.pages}
          page={page.page}
          pages={page.pages}
          showing={t.pages.provinces(page.from, page.to, page.total)}
          href={(n) => overviewHref(lang, year, n)}
        />
      )}
      {data && year !== undefined && (
        <ul className="grid gap-4 lg:grid-cols-2" aria-label={t.scoreboard.localitiesOf(year)}>
          {provinces.map((p) => {
            const districts = localities
              .filter((d) => d.parentSlug === p.slug)
              .sort(byVietnameseName);
            return (
              <li key={p.slug} className="space-y-4 rounded border border-stone-200 bg-white p-4">
                <LocalitySummary
                  slug={p.slug}
                  name={localityName(p, lang)}
                  level="province"
                  comparisons={forLocality(p.slug)}
                  indicators={data.indicators}
                  year={year}
                  lang={lang}
                  heading="h2"
                />
                {districts.length > 0 && (
                  <ul
                    className="space-y-4 border-l-2 border-stone-200 pl-4"
                    aria-label={t.overview.districtsOf(localityName(p, lang))}
                  >
                    {districts.map((d) => (
                      <li key={d.slug}>
                        <LocalitySummary
                          slug={d.slug}
                          name={localityName(d, lang)}
                          level="district"
                          comparisons={forLocality(d.slug)}
                          indicators={data.indicators}
                          year={year}
                          lang={lang}
                          heading="h3"
                          headline={!national}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
