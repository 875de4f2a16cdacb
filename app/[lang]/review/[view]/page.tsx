import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isKnownView } from "@/lib/data/known-views";
import { ReviewPage } from "@/components/review/review-page";
import { getReviewData } from "@/lib/data/review";
import { messages } from "@/lib/i18n/messages";
import { langParam } from "@/lib/route-params";
import { parseReviewSegment } from "@/lib/view/review-segment";
import { reviewModel } from "@/lib/view/review-view";

type Props = { params: Promise<{ lang: string; view: string }> };

// Rendered on first request and cached: the database is read-only while serving, so a view
// never changes until the next seed and build. Filters arrive in the path (lib/view/review-segment.ts).
export const dynamic = "force-static";
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const lang = langParam(p.lang);
  const view = parseReviewSegment(p.view) ?? notFound();
  if (!(await isKnownView({ year: view.year }))) notFound();
  return { title: `${messages(lang).review.title} ${view.year}` };
}

export default async function ReviewViewPage({ params }: Props) {
  const p = await params;
  const lang = langParam(p.lang);
  const view = parseReviewSegment(p.view) ?? notFound();
  if (!(await isKnownView({ year: view.year }))) notFound();
  const data = await getReviewData(view.year);
  if (!data) notFound();
  // An unknown indicator or province, or a page past the last, names no view.
  const model = reviewModel(data, view, lang) ?? notFound();
  return <ReviewPage lang={lang} view={view} years={data.years} model={model} />;
}
