import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

/**
 * Where a web report stands, in place of an article's text: the project cites web pages and
 * never copies their sentences (product rule), so the reader is sent to the page itself.
 */
export function WebSourceNotice({
  source,
  lang,
}: {
  source: {
    url: string | null;
    publisher: string | null;
    authority: string | null;
    retrievedOn: string | null;
  };
  lang: Lang;
}) {
  const t = messages(lang);
  return (
    <section aria-labelledby="web-page" className="space-y-2">
      <h2 id="web-page" className="text-xl font-semibold">
        {t.article.webHeading}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 rounded border border-stone-200 bg-white p-4 text-sm md:grid-cols-[max-content_1fr]">
        {source.url && (
          <>
            <dt className="font-semibold">{t.source.url}</dt>
            <dd className="break-all">
              <a href={source.url} className="text-red-800 underline" rel="noopener noreferrer">
                {source.url}
              </a>
            </dd>
          </>
        )}
        <dt className="font-semibold">{t.source.publisher}</dt>
        <dd>{source.publisher}</dd>
        <dt className="font-semibold">{t.source.authority}</dt>
        <dd>{t.source.authorities[source.authority ?? ""] ?? source.authority}</dd>
        <dt className="font-semibold">{t.source.retrieved}</dt>
        <dd>{source.retrievedOn}</dd>
      </dl>
      <p className="max-w-prose text-sm text-stone-700">{t.article.webNote}</p>
    </section>
  );
}
