import type { Lang } from "@/lib/i18n/config";
import { sourceHref } from "@/lib/links";
import { messages } from "@/lib/i18n/messages";
import type { Provenance } from "@/lib/view/provenance";

export type { Provenance };

/**
 * The quote in its own language (Arabic right-to-left), the English gloss, the article (with a
 * link to the quote in its full text) and the curator note. Text only: React escapes it, so
 * markup in a quote shows as text.
 */
export function ProvenanceBody({ p, lang }: { p: Provenance; lang: Lang }) {
  const m = messages(lang);
  const t = m.provenance;
  return (
    <dl className="prov">
      {p.doubtful && (
        <>
          <dt className="text-amber-900">⚠ {t.doubtful}</dt>
          <dd className="text-amber-900">{p.doubtful}</dd>
        </>
      )}
      <dt>{p.location ? t.asWritten : t.quote}</dt>
      <dd>
        <blockquote lang={p.language} dir={p.language === "ar" ? "rtl" : "ltr"}>
          {p.quote}
        </blockquote>
      </dd>
      {p.location && (
        <>
          <dt>{t.location}</dt>
          <dd lang="en">{p.location}</dd>
        </>
      )}
      {/* A quote in the reader's language needs no gloss saying the same words again. */}
      {p.gloss !== p.quote && (
        <>
          <dt>{t.gloss}</dt>
          <dd lang={lang}>{p.gloss}</dd>
        </>
      )}
      <dt>{t.source}</dt>
      <dd>
        <a href={sourceHref(lang, p.sourceId)} className="text-red-800 underline">
          {p.sourceTitle}
        </a>{" "}
        <span className="text-stone-600">({p.sourceId})</span>
        {/* Only an article is kept whole; a web page is cited, so there is nothing to read here. */}
        {p.sourceType === "article" && (
          <a
            href={sourceHref(lang, p.sourceId, p.figureId)}
            className="block text-red-800 underline"
          >
            {m.article.readInArticle}
          </a>
        )}
      </dd>
      {p.note && (
        <>
          <dt>{t.note}</dt>
          <dd lang={lang}>{p.note}</dd>
        </>
      )}
    </dl>
  );
}

/** A value that opens its provenance when clicked, or on Enter/Space when focused. */
export function ProvenanceDisclosure({
  p,
  lang,
  children,
}: {
  p: Provenance;
  lang: Lang;
  children: React.ReactNode;
}) {
  return (
    <details>
      <summary className="prov-summary" data-figure={p.figureId}>
        {children}
      </summary>
      <div className="prov-box">
        <ProvenanceBody p={p} lang={lang} />
      </div>
    </details>
  );
}
