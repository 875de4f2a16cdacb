import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import type { LocalityView } from "@/lib/view/locality-view";
import { printedFilters, printedUrl, printSources } from "@/lib/view/print-report";
import type { ViewFilters } from "@/lib/view/segments";

// Print only (app/globals.css, .print-only): paper has no navigation and no links, so the report
// says on its face what it is, where it lives online and where each figure comes from.

/**
 * The top of a printed locality-year: site, locality, year, how recent the data is, the filters
 * and the page's address. It stands in for the screen header, which print hides.
 */
export function LocalityPrintHeader({
  v,
  query,
  lang,
}: {
  v: LocalityView;
  query: ViewFilters;
  lang: Lang;
}) {
  const t = messages(lang);
  const filters = printedFilters(v);
  return (
    <section
      aria-label={t.print.label}
      className="print-only print-head space-y-1 border-b-2 border-stone-800 pb-2"
    >
      <p className="flex justify-between gap-4 text-sm">
        <span className="font-bold text-red-800">{t.siteName}</span>
        <span>{t.print.report}</span>
      </p>
      <p className="text-3xl font-bold">
        {v.name}
        {v.year !== undefined && ` · ${v.year}`}
      </p>
      <p className="text-sm">
        {v.levelLabel}
        {v.parent && ` · ${v.parent.name}`}
        {v.children.length > 0 && ` · ${v.children.map((c) => c.name).join(", ")}`}
        {v.successor && ` · ${t.locality.successor}: ${v.successor}`}
      </p>
      {v.data && (
        <p className="text-sm">
          {t.locality.dataAsOf(v.data.dataAsOf.published, v.data.dataAsOf.read)}
        </p>
      )}
      {filters.length > 0 && (
        <p className="text-sm">
          {t.print.filtered}: {filters.join(" · ")}
        </p>
      )}
      <p className="text-sm">
        {t.print.address}: <span className="break-all">{printedUrl(v, query, lang)}</span>
      </p>
    </section>
  );
}

/**
 * The end of a printed locality-year: every source of the figures shown, with its publisher and
 * address, and the sentences quoted from each article (on screen they open from each value).
 */
export function LocalityPrintSources({ v, lang }: { v: LocalityView; lang: Lang }) {
  if (!v.data) return null;
  const t = messages(lang).print;
  const sources = printSources(v.data, lang);
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="print-sources" className="print-only print-sources space-y-2">
      <h2 id="print-sources" className="text-xl font-semibold">
        {t.sources}
      </h2>
      <ol className="list-decimal space-y-3 pl-5 text-sm">
        {sources.map((s) => (
          <li key={s.id} className="print-source">
            <p className="font-semibold">{s.title}</p>
            <p className="text-stone-700">
              {s.type === "web" ? t.web : t.article} · {s.id}
              {s.publisher && ` · ${t.publisher}: ${s.publisher}`}
              {s.publishedOn && ` · ${t.published} ${s.publishedOn}`}
              {s.retrievedOn && ` · ${t.read} ${s.retrievedOn}`}
            </p>
            {s.url && <p className="break-all">{s.url}</p>}
            <p className="break-all text-stone-700">
              {t.onSite}: {s.page}
            </p>
            {s.quotes.length > 0 && (
              <>
                <p className="mt-1 font-semibold text-stone-700">{t.quotes}</p>
                <ul className="space-y-1">
                  {s.quotes.map((q) => (
                    <li key={q.key}>
                      <blockquote
                        lang={q.language}
                        dir={q.language === "ar" ? "rtl" : "ltr"}
                        className="border-s-4 border-stone-300 ps-2 italic"
                      >
                        {q.text}
                      </blockquote>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
