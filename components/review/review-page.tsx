import { PageLinks } from "../page-links";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { reviewHref, type ReviewView } from "@/lib/view/review-segment";
import type { ReviewModel } from "@/lib/view/review-view";
import { ReviewFilters } from "./review-filters";
import { ReviewTable } from "./review-table";

/** The reviewer's page (the default year at /review, any view at /review/[view]). */
export function ReviewPage({
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
  const { page } = model;
  const pageLinks = (
    <PageLinks
      t={t.pages}
      page={page.page}
      pages={page.pages}
      showing={t.review.showing(page.from, page.to, page.total)}
      href={(n) => reviewHref(lang, { ...view, page: n })}
    />
  );
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{t.review.heading(view.year)}</h1>
        <p className="max-w-3xl text-stone-700">{t.review.intro}</p>
      </header>
      <ReviewFilters lang={lang} view={view} years={years} model={model} />
      {page.total === 0 ? (
        <p>{t.review.nothing}</p>
      ) : (
        <section className="space-y-3">
          {/* Always say how many rows the view holds, on one page or many. */}
          {page.pages === 1 && (
            <p className="text-sm text-stone-700">
              {t.review.showing(page.from, page.to, page.total)}
            </p>
          )}
          {pageLinks}
          <ReviewTable
            rows={page.items}
            indicators={model.indicators}
            names={model.names}
            lang={lang}
            caption={t.review.caption(view.year)}
          />
          {pageLinks}
        </section>
      )}
    </div>
  );
}
