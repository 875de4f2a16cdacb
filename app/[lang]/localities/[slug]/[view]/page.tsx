import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isKnownView } from "@/lib/data/known-views";
import { BulletChart } from "@/components/charts/bullet-chart";
import { LocalityFilters } from "@/components/locality/locality-filters";
import { LocalityHeader } from "@/components/locality/locality-header";
import { LocalityPrintHeader, LocalityPrintSources } from "@/components/locality/locality-print";
import { LocalityDetails, LocalityScorecard } from "@/components/locality/locality-sections";
import { getLocalityPage } from "@/lib/data/locality";
import { getLocalityTrajectories } from "@/lib/data/trajectory";
import { messages } from "@/lib/i18n/messages";
import { localityName } from "@/lib/i18n/names";
import { localityHref } from "@/lib/links";
import { chartOpenGraph } from "@/lib/og-image";
import { langParam, slugParam } from "@/lib/route-params";
import { localityView } from "@/lib/view/locality-view";
import { parseViewSegment } from "@/lib/view/segments";
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
  if (!(await isKnownView({ locality: slugParam(p.slug), year: query.year }))) notFound();
  const page = await getLocalityPage(slugParam(p.slug), query.year);
  if (!page) notFound();
  const title = localityName(page.locality, lang);
  return {
    title,
    openGraph: chartOpenGraph(
      lang,
      title,
      page.data?.comparisons ?? [],
      localityHref(lang, page.locality.slug, query),
    ),
  };
}

export default async function LocalityPage({ params }: Props) {
  const p = await params;
  const lang = langParam(p.lang);
  const query = parseViewSegment(p.view) ?? notFound();
  const slug = slugParam(p.slug);
  // A made-up slug or year gets the 404 before any of the view's reads.
  if (!(await isKnownView({ locality: slug, year: query.year }))) notFound();
  const [page, trajectories] = await Promise.all([
    getLocalityPage(slug, query.year),
    getLocalityTrajectories(slug),
  ]);
  if (!page || (query.year !== undefined && !page.data)) notFound();
  const v = localityView(page, query, lang);
  return (
    <div className="space-y-6">
      <LocalityPrintHeader v={v} query={query} lang={lang} />
      <LocalityHeader v={v} lang={lang} />
      <LocalityFilters v={v} query={query} lang={lang} />
      {!v.data ? (
        <p>{messages(lang).overview.noFigures}</p>
      ) : (
        <>
          <LocalityScorecard v={v} d={v.data} lang={lang} />
          <BulletChart
            comparisons={v.data.shown}
            indicators={v.data.raw.indicators}
            lang={lang}
            localityName={v.name}
            year={v.year}
            counts={v.data.counts}
          />
          <LocalityDetails v={v} d={v.data} lang={lang} trajectories={trajectories} />
        </>
      )}
      <LocalityPrintSources v={v} lang={lang} />
    </div>
  );
}
