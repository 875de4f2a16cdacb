import { Fragment, type ReactNode } from "react";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { directionOf, type ArticleParagraph, type QuoteSpan } from "@/lib/view/article-highlights";

/** `#q-<figureId>` lands here; nested when several quotes start with the same words. */
function anchored(ids: string[], inner: ReactNode): ReactNode {
  return ids.reduceRight<ReactNode>(
    (acc, id) => (
      <span id={`q-${id}`} className="scroll-mt-4 target:outline-2 target:outline-amber-600">
        {acc}
      </span>
    ),
    inner,
  );
}

/**
 * One highlighted passage: its words link to the figure with the shortest quote over them, and
 * the numbers after it link to every figure quoted in it (a sentence often gives two figures).
 */
function Passage({
  span,
  numbers,
  lang,
}: {
  span: QuoteSpan;
  numbers: Map<string, number>;
  lang: Lang;
}) {
  const t = messages(lang).article;
  return (
    <>
      <mark className="rounded-sm bg-amber-100 text-stone-900">
        {span.runs.map((r, i) => (
          <Fragment key={i}>
            {anchored(
              r.anchors,
              <a
                href={`#fig-${r.link}`}
                className="underline decoration-amber-700 underline-offset-2"
              >
                {r.text}
              </a>,
            )}
          </Fragment>
        ))}
      </mark>
      {span.refs.length > 0 && (
        <sup lang={lang} className="ms-0.5">
          {span.refs.map((id, i) => (
            <Fragment key={id}>
              {i > 0 && ", "}
              <a
                href={`#fig-${id}`}
                aria-label={t.figureRef(numbers.get(id) ?? 0)}
                className="text-red-800 underline"
              >
                {numbers.get(id)}
              </a>
            </Fragment>
          ))}
        </sup>
      )}
    </>
  );
}

/**
 * An article's whole text in its own language and direction, paragraph by paragraph, with every
 * curated quote highlighted and linked to its row in the figure table. Text only: React escapes
 * it, so markup in an article shows as text.
 */
export function ArticleText({
  paragraphs,
  language,
  numbers,
  lang,
}: {
  paragraphs: ArticleParagraph[];
  language: string;
  /** Each figure's row number in the figure table. */
  numbers: Map<string, number>;
  lang: Lang;
}) {
  const t = messages(lang).article;
  return (
    <section aria-labelledby="article" className="space-y-2">
      <h2 id="article" className="text-xl font-semibold">
        {t.heading}
      </h2>
      <p className="text-sm text-stone-600">{t.intro}</p>
      <div
        lang={language}
        dir={directionOf(language)}
        className="max-w-prose space-y-3 rounded border border-stone-200 bg-white p-4 leading-relaxed break-words"
      >
        {paragraphs.map((para, i) => (
          <p key={i}>
            {para.map((x, j) =>
              typeof x === "string" ? (
                x
              ) : (
                <Passage key={j} span={x} numbers={numbers} lang={lang} />
              ),
            )}
          </p>
        ))}
      </div>
    </section>
  );
}
