import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { chartOpenGraph } from "@/lib/og-image";
import { staticOrigin } from "@/lib/site-url";
import { ComparisonCard } from "@/components/comparison-card";
import { ComparisonTable } from "@/components/comparison-table";
import { DataDownloads } from "@/components/data-downloads";
import { FilterLinks } from "@/components/filter-links";
import { ScorecardSection } from "@/components/scorecard";
import { getLocalityPage } from "@/lib/data/locality";
import { messages } from "@/lib/i18n/messages";
import { localityName } from "@/lib/i18n/names";
import { langParam, slugParam } from "@/lib/route-params";
import { CATEGORIES } from "@/lib/domain/enums";
import { scorecard } from "@/lib/status/build";
import { STATUSES } from "@/lib/domain/enums";
import { localityHref } from "@/lib/links";
import { parseViewSegment } from "@/lib/view/segments";
import { shownComparisons } from "@/lib/view/shown";

/** The latest of some ISO dates (they sort as text); "" when none is given. */
const latest = (dates: (string | null)[]) =>
  dates.reduce<string>((a, d) => (d !== null && d > a ? d : a), "");

type Props = { params: Promise<{ lang: string; slug: string; view: string }> };

// Rendered on first request and cached: the database is read-only while serving, so a view
// never changes until the next seed and build. Filters arrive in the path (see lib/view/segments.ts).
export const dynamic = "force-static";
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const lang = langParam(p.lang);
  const query = parseViewSegment(p.view) ?? notFound();
  const page = await getLocalityPage(slugParam(p.slug), query.year);
  if (!page) notFound();
  const title = localityName(page.locality, lang);
  return {
    title,
    openGraph: chartOpenGraph(staticOrigin(), lang, title, page.data?.comparisons ?? []),
  };
}

export default async function LocalityPage({ params }: Props) {
  const p = await params;
  const lang = langParam(p.lang);
  const slug = slugParam(p.slug);
  const query = parseViewSegment(p.view) ?? notFound();
  const page = await getLocalityPage(slug, query.year);
  if (!page || (query.year !== undefined && !page.data)) notFound();
  const t = messages(lang);
  const { locality, data, years, year, reportingRelatives } = page;
  const relativeView = (s: string) => (reportingRelatives.has(s) ? { year } : {});
  const name = localityName(locality, lang);
  const bySlug = new Map(data?.indicators.map((i) => [i.slug, i]) ?? []);
  const inCategory = shownComparisons(data?.comparisons ?? [], data?.indicators ?? [], {
    category: query.category,
  });
  const shown = shownComparisons(data?.comparisons ?? [], data?.indicators ?? [], query);
  const charted = shown.filter((c) => c.status !== "no_result" && c.status !== "no_target");
  const pending = shown.filter((c) => c.status === "no_result");
  const noTarget = shown.filter((c) => c.status === "no_target");
  const view = { year, status: query.status, category: query.category };

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{name}</h1>
        <p className="text-stone-700">
          {locality.level === "district" ? t.overview.district : t.overview.province}
          {locality.parent && (
            <>
              {" "}
              ·{" "}
              <Link
                href={localityHref(lang, locality.parent.slug, relativeView(locality.parent.slug))}
                className="text-red-800 underline"
              >
                {localityName(locality.parent, lang)}
              </Link>
            </>
          )}
          {locality.children.length > 0 && (
            <>
              {" "}
              ·{" "}
              {locality.children.map((c, i) => (
                <span key={c.slug}>
                  {i > 0 && ", "}
                  <Link
                    href={localityHref(lang, c.slug, relativeView(c.slug))}
                    className="text-red-800 underline"
                  >
                    {localityName(c, lang)}
                  </Link>
                </span>
              ))}
            </>
          )}
        </p>
        {data && (
          <p className="text-sm text-stone-700">
            {t.locality.dataAsOf(
              latest(data.sources.map((s) => s.publishedOn)),
              latest(data.sources.map((s) => s.retrievedOn)),
            )}
          </p>
        )}
        {locality.successorEn && (
          <p className="text-sm text-stone-600">
            {t.locality.successor}:{" "}
            {lang === "vi" ? (locality.successorVi ?? locality.successorEn) : locality.successorEn}
          </p>
        )}
      </header>

      <div className="no-print space-y-2 rounded border border-stone-200 bg-white p-3">
        <FilterLinks
          label={t.filters.year}
          options={years.map((y) => ({
            key: String(y),
            label: String(y),
            href: localityHref(lang, slug, { ...view, year: y }),
            current: y === year,
          }))}
        />
        <FilterLinks
          label={t.filters.status}
          options={[
            {
              key: "all",
              label: t.filters.all,
              href: localityHref(lang, slug, { ...view, status: undefined }),
              current: !query.status,
            },
            ...STATUSES.filter((s) => inCategory.some((c) => c.status === s)).map((s) => ({
              key: s,
              label: t.status[s],
              href: localityHref(lang, slug, { ...view, status: s }),
              current: query.status === s,
            })),
          ]}
        />
        <FilterLinks
          label={t.filters.category}
          options={[
            {
              key: "all",
              label: t.filters.all,
              href: localityHref(lang, slug, { ...view, category: undefined }),
              current: !query.category,
            },
            ...CATEGORIES.filter((cat) =>
              data?.comparisons.some((c) => bySlug.get(c.indicator)?.category === cat),
            ).map((cat) => ({
              key: cat,
              label: t.category[cat] ?? cat,
              href: localityHref(lang, slug, { ...view, category: cat }),
              current: query.category === cat,
            })),
          ]}
        />
        {data && year !== undefined && (
          <DataDownloads
            lang={lang}
            query={{ locality: slug, year, status: query.status, category: query.category }}
          />
        )}
      </div>

      {!data ? (
        <p>{t.overview.noFigures}</p>
      ) : (
        <>
          <section aria-labelledby="scorecard" className="space-y-2">
            <h2 id="scorecard" className="text-xl font-semibold">
              {t.scorecard.title} · {year}
            </h2>
            <ScorecardSection
              counts={scorecard(inCategory)}
              sourceScorecards={data.sourceScorecards}
              indicators={data.indicators}
              lang={lang}
            />
          </section>

          {shown.length === 0 && <p>{t.locality.nothing}</p>}
          {CATEGORIES.map((cat) => {
            const cards = charted.filter((c) => bySlug.get(c.indicator)?.category === cat);
            if (cards.length === 0) return null;
            return (
              <section key={cat} aria-labelledby={`cat-${cat}`} className="space-y-3">
                <h2 id={`cat-${cat}`} className="text-xl font-semibold">
                  {t.category[cat]}
                </h2>
                <div className="grid gap-4 lg:grid-cols-2">
                  {cards.map((c) => {
                    const ind = bySlug.get(c.indicator);
                    return ind ? (
                      <ComparisonCard
                        key={`${c.indicator}-${c.basis}`}
                        c={c}
                        indicator={ind}
                        figures={data.figures}
                        localityName={name}
                        lang={lang}
                      />
                    ) : null;
                  })}
                </div>
              </section>
            );
          })}
          {pending.length > 0 && (
            <section aria-labelledby="no_result" className="space-y-2">
              <h2 id="no_result" className="text-xl font-semibold">
                {t.locality.pendingTitle}
              </h2>
              <ComparisonTable
                rows={pending}
                figures={data.figures}
                indicators={data.indicators}
                lang={lang}
                caption={t.locality.pendingTitle}
              />
            </section>
          )}
          {noTarget.length > 0 && (
            <section aria-labelledby="no-target" className="space-y-2">
              <h2 id="no-target" className="text-xl font-semibold">
                {t.locality.noTargetTitle}
              </h2>
              <ComparisonTable
                rows={noTarget}
                figures={data.figures}
                indicators={data.indicators}
                lang={lang}
                caption={t.locality.noTargetTitle}
              />
            </section>
          )}
          <section aria-labelledby="sources" className="space-y-1">
            <h2 id="sources" className="text-xl font-semibold">
              {t.locality.sources}
            </h2>
            <ul className="list-disc pl-5 text-sm">
              {data.sources.map((s) => (
                <li key={s.id}>
                  <Link href={`/${lang}/sources/${s.id}`} className="text-red-800 underline">
                    {lang === "vi" ? s.titleVi : s.title}
                  </Link>{" "}
                  ({s.id})
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
