import Link from "next/link";
import type { FigureDetail, IndicatorDetail } from "@/lib/data/comparisons";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import type { Comparison } from "@/lib/domain/types";
import { indicatorHref, localityHref } from "@/lib/links";
import { comparisonTitle, figuresOf, provenanceOf, statedText } from "@/lib/view/comparison-view";
import { ProvenanceDisclosure } from "./provenance";
import { StatusBadge } from "./status-badge";
import { TableHead } from "./table-head";
import { TableScroll } from "./table-scroll";

/**
 * Comparisons without a chart (targets pending, results without a target) as a table: target,
 * result and status, each value opening its source. Rows are named by indicator, or by
 * locality when `localityNames` is given (the indicator page).
 */
export function ComparisonTable({
  rows,
  figures,
  indicators,
  lang,
  caption,
  localityNames,
}: {
  rows: Comparison[];
  figures: FigureDetail[];
  indicators: IndicatorDetail[];
  lang: Lang;
  caption: string;
  localityNames?: Map<string, string>;
}) {
  const t = messages(lang);
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const cell = (figs: FigureDetail[]) =>
    figs.length === 0
      ? "—"
      : figs.map((f) => (
          <ProvenanceDisclosure key={f.id} p={provenanceOf(f, lang)} lang={lang}>
            {statedText(f, lang)}{" "}
            <span className="text-stone-600">({periodLabel(f.period, lang)})</span>
          </ProvenanceDisclosure>
        ));
  return (
    <TableScroll label={caption} lang={lang}>
      <table className="w-full text-left text-sm">
        <TableHead
          caption={caption}
          columns={[
            localityNames ? t.source.locality : t.indicator.title,
            t.kind.target,
            t.kind.actual,
            t.filters.status,
          ]}
        />
        <tbody>
          {rows.map((c) => {
            const ind = bySlug.get(c.indicator);
            if (!ind) return null;
            const figs = figuresOf(c, figures, ind);
            const label = localityNames ? (
              <Link
                href={localityHref(lang, c.locality, { year: c.year })}
                className="text-red-800 underline"
              >
                {localityNames.get(c.locality) ?? c.locality}
              </Link>
            ) : (
              <Link
                href={indicatorHref(lang, c.indicator, c.year)}
                className="text-red-800 underline"
              >
                {comparisonTitle(c, ind, lang)}
              </Link>
            );
            return (
              <tr
                key={`${c.locality}-${c.indicator}-${c.basis}`}
                className="border-b border-stone-100 align-top"
              >
                <th scope="row" className="py-1 pr-3 font-normal">
                  {label}
                </th>
                <td className="py-1 pr-3">{cell(figs.filter((f) => f.kind === "target"))}</td>
                <td className="py-1 pr-3">{cell(figs.filter((f) => f.kind === "actual"))}</td>
                <td className="py-1">
                  <StatusBadge status={c.status} lang={lang} verdict={c} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
