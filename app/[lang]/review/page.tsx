import type { Metadata } from "next";
import { ReviewPage } from "@/components/review/review-page";
import { getReviewData } from "@/lib/data/review";
import { messages } from "@/lib/i18n/messages";
import { langParam } from "@/lib/route-params";
import type { ReviewView } from "@/lib/view/review-segment";
import { reviewModel } from "@/lib/view/review-view";

type Props = { params: Promise<{ lang: string }> };

// Built ahead (`next build`, like the methodology): the reviewer's page opens on the latest year
// with full-year results, unfiltered, in reading order. Every other view is /review/[view].
export const dynamic = "force-static";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: messages(langParam((await params).lang)).review.title };
}

export default async function ReviewDefaultPage({ params }: Props) {
  const lang = langParam((await params).lang);
  const t = messages(lang);
  const data = await getReviewData(undefined);
  const view: ReviewView | null = data && { year: data.year, sort: "locality", page: 1 };
  const model = data && view && reviewModel(data, view, lang);
  if (!data || !view || !model)
    return (
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t.review.title}</h1>
        <p>{t.review.noFigures}</p>
      </div>
    );
  return <ReviewPage lang={lang} view={view} years={data.years} model={model} />;
}
