import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { getLocalities } from "@/lib/data/catalog";
import { formatStated, formatValue } from "@/lib/format";
import { EXAMPLE_LABEL, methodologyRules, NO_EXAMPLE, WHAT_IF } from "@/lib/i18n/methodology";
import { indicatorName } from "@/lib/i18n/names";
import { messages } from "@/lib/i18n/messages";
import { localityName } from "@/lib/i18n/names";
import { langParam } from "@/lib/route-params";
import { localityHref } from "@/lib/links";
import { summarySentence } from "@/lib/view/comparison-view";
import { getMethodologyExamples } from "@/lib/data/methodology";
import type { WhatIf } from "@/lib/view/methodology-examples";
import type { IndicatorDetail } from "@/lib/data/comparisons";
import type { Lang } from "@/lib/i18n/config";

type Props = { params: Promise<{ lang: string }> };

function WhatIfList({
  w,
  lang,
  names,
  indicators,
}: {
  w: WhatIf | null;
  lang: Lang;
  names: Map<string, string>;
  indicators: Map<string, IndicatorDetail>;
}) {
  const ind = w ? indicators.get(w.comparison.indicator) : undefined;
  if (!w || !w.comparison.target || !ind) return <p>{NO_EXAMPLE[lang]}</p>;
  const t = messages(lang);
  const unit = w.comparison.target.unit;
  const target = `${formatStated(w.comparison.target, lang)} (${indicatorName(ind, lang)}, ${names.get(w.comparison.locality)}, ${w.comparison.year})`;
  return (
    <>
      <p className="italic">{WHAT_IF[lang].label}</p>
      <ul className="list-disc pl-5">
        {w.results.map((r) => (
          <li key={r.value}>
            {WHAT_IF[lang].line(
              target,
              formatValue(r.value, unit, lang),
              t.status[r.status].toLowerCase(),
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: messages(langParam((await params).lang)).methodology.title };
}

export default async function MethodologyPage({ params }: Props) {
  const lang = langParam((await params).lang);
  const t = messages(lang);
  const [{ indicators, examples, whatIf }, localities] = await Promise.all([
    getMethodologyExamples(),
    getLocalities(),
  ]);
  const names = new Map(localities.map((l) => [l.slug, localityName(l, lang)]));
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  // Rules the data cannot show with a real result yet get a real target with what-if results.
  const whatIfFor = (key: string) =>
    key === "lower"
      ? whatIf.lower
      : key === "exceeded" || key === "achieved" || key === "missed"
        ? whatIf.higher
        : null;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t.methodology.title}</h1>
      {methodologyRules(lang).map((rule) => {
        const ex = rule.key === "scorecard" ? undefined : examples[rule.key];
        const ind = ex ? bySlug.get(ex.indicator) : undefined;
        return (
          <section
            key={rule.key}
            aria-labelledby={`rule-${rule.key}`}
            className="space-y-2 rounded border border-stone-200 bg-white p-4"
          >
            <h2 id={`rule-${rule.key}`} className="text-xl font-semibold">
              {rule.title}
            </h2>
            <p>{rule.text}</p>
            {rule.key !== "scorecard" && (
              <div className="rounded bg-stone-50 p-3 text-sm">
                <p className="font-semibold">{EXAMPLE_LABEL[lang]}</p>
                {ex && ind ? (
                  <p>
                    <StatusBadge status={ex.status} lang={lang} interim={ex.interim} />{" "}
                    {summarySentence(ex, ind, names.get(ex.locality) ?? ex.locality, lang)}{" "}
                    <Link
                      href={localityHref(lang, ex.locality, { year: ex.year })}
                      className="text-red-800 underline"
                    >
                      {names.get(ex.locality)}
                    </Link>
                  </p>
                ) : (
                  <WhatIfList
                    w={whatIfFor(rule.key)}
                    lang={lang}
                    names={names}
                    indicators={bySlug}
                  />
                )}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
