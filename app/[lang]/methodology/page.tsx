import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { getComparisonData } from "@/lib/data/comparisons";
import { getLocalities } from "@/lib/data/catalog";
import { EXAMPLE_LABEL, methodologyRules, NO_EXAMPLE } from "@/lib/i18n/methodology";
import { messages } from "@/lib/i18n/messages";
import { localityName } from "@/lib/i18n/names";
import { langParam } from "@/lib/route-params";
import { viewHref } from "@/lib/url";
import { summarySentence } from "@/lib/view/comparison-view";
import { methodologyExamples } from "@/lib/view/methodology-examples";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: messages(langParam((await params).lang)).methodology.title };
}

export default async function MethodologyPage({ params }: Props) {
  const lang = langParam((await params).lang);
  const t = messages(lang);
  const [{ comparisons, indicators }, localities] = await Promise.all([getComparisonData({}), getLocalities()]);
  const examples = methodologyExamples(comparisons, indicators);
  const names = new Map(localities.map((l) => [l.slug, localityName(l, lang)]));
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t.methodology.title}</h1>
      {methodologyRules(lang).map((rule) => {
        const ex = rule.key === "scorecard" ? undefined : examples[rule.key];
        const ind = ex ? bySlug.get(ex.indicator) : undefined;
        return (
          <section key={rule.key} aria-labelledby={`rule-${rule.key}`} className="space-y-2 rounded border border-stone-200 bg-white p-4">
            <h2 id={`rule-${rule.key}`} className="text-xl font-semibold">{rule.title}</h2>
            <p>{rule.text}</p>
            {rule.key !== "scorecard" && (
              <div className="rounded bg-stone-50 p-3 text-sm">
                <p className="font-semibold">{EXAMPLE_LABEL[lang]}</p>
                {ex && ind ? (
                  <p>
                    <StatusBadge status={ex.status} lang={lang} interim={ex.interim} />{" "}
                    {summarySentence(ex, ind, names.get(ex.locality) ?? ex.locality, lang)}{" "}
                    <Link href={viewHref(`/${lang}/localities/${ex.locality}`, { year: ex.year })} className="text-red-800 underline">
                      {names.get(ex.locality)}
                    </Link>
                  </p>
                ) : <p>{NO_EXAMPLE[lang]}</p>}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
