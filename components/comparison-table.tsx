import Link from "next/link";
import type { FigureDetail, IndicatorDetail } from "@/lib/data/comparisons";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import type { Comparison } from "@/lib/status/types";
import { comparisonTitle, figuresOf, provenanceOf, statedText } from "@/lib/view/comparison-view";
import { ProvenanceDisclosure } from "./provenance";
import { StatusBadge } from "./status-badge";

/** Targets without results (pending) or results without targets, as a table with provenance. */
export function ComparisonTable({ rows, figures, indicators, lang, caption, show }: {
  rows: Comparison[]; figures: FigureDetail[]; indicators: IndicatorDetail[]; lang: Lang; caption: string; show: "target" | "actual";
}) {
  const t = messages(lang);
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left font-semibold sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-300 text-stone-700">
          <th scope="col" className="py-1 pr-3">{t.indicator.title}</th>
          <th scope="col" className="py-1 pr-3">{t.kind[show]}</th>
          <th scope="col" className="py-1">{t.filters.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => {
          const ind = bySlug.get(c.indicator);
          if (!ind) return null;
          const figs = figuresOf(c, figures, ind).filter((f) => f.kind === show);
          return (
            <tr key={`${c.indicator}-${c.basis}`} className="border-b border-stone-100 align-top">
              <th scope="row" className="py-1 pr-3 font-normal">
                <Link href={`/${lang}/indicators/${c.indicator}?year=${c.year}`} className="hover:underline">{comparisonTitle(c, ind, lang)}</Link>
              </th>
              <td className="py-1 pr-3">
                {figs.map((f) => (
                  <ProvenanceDisclosure key={f.id} p={provenanceOf(f, lang)} lang={lang}>
                    {statedText(f, lang)} <span className="text-stone-600">({periodLabel(f.period, lang)})</span>
                  </ProvenanceDisclosure>
                ))}
              </td>
              <td className="py-1"><StatusBadge status={c.status} lang={lang} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
