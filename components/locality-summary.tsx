import Link from "next/link";
import type { IndicatorDetail } from "@/lib/data/comparisons";
import { formatStated } from "@/lib/format";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import { indicatorName } from "@/lib/i18n/names";
import { scorecard } from "@/lib/status/build";
import type { Comparison } from "@/lib/domain/types";
import { localityHref } from "@/lib/links";
import { headlineComparisons } from "@/lib/view/headline";
import { StatusCounts } from "./scorecard";
import { StatusBadge } from "./status-badge";
import { TableScroll } from "./table-scroll";

/** A locality's scorecard and headline planned-vs-achieved figures for the overview. */
export function LocalitySummary({
  slug,
  name,
  level,
  comparisons,
  indicators,
  year,
  lang,
  heading: H,
  headline: showHeadline = true,
}: {
  slug: string;
  name: string;
  level: string;
  comparisons: Comparison[];
  indicators: IndicatorDetail[];
  year: number;
  lang: Lang;
  heading: "h2" | "h3";
  headline?: boolean;
}) {
  const t = messages(lang);
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const headline = showHeadline ? headlineComparisons(comparisons) : [];
  return (
    <div className="space-y-2">
      <H className={H === "h2" ? "text-xl font-semibold" : "text-lg font-semibold"}>
        {/* A locality with nothing for this year is linked at its latest year: the year's view would be a 404. */}
        <Link
          href={localityHref(lang, slug, comparisons.length > 0 ? { year } : {})}
          className="text-red-800 underline"
        >
          {name}
        </Link>{" "}
        <span className="text-sm font-normal text-stone-600">
          · {level === "province" ? t.overview.province : t.overview.district}
        </span>
      </H>
      {comparisons.length === 0 ? (
        <p className="text-sm text-stone-600">{t.overview.noFigures}</p>
      ) : (
        <>
          <StatusCounts
            counts={scorecard(comparisons)}
            lang={lang}
            label={`${t.scorecard.computed}: ${name}, ${year}`}
          />
          {headline.length > 0 && (
            <TableScroll label={`${t.overview.headline}: ${name}, ${year}`} lang={lang}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{`${t.overview.headline}: ${name}, ${year}`}</caption>
                <thead className="sr-only">
                  <tr>
                    <th scope="col">{t.indicator.title}</th>
                    <th scope="col">{t.kind.target}</th>
                    <th scope="col">{t.kind.actual}</th>
                    <th scope="col">{t.filters.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {headline.map((c) => {
                    const ind = bySlug.get(c.indicator);
                    return (
                      <tr key={c.indicator} className="border-t border-stone-100 align-top">
                        <th scope="row" className="py-1 pr-2 font-normal">
                          {ind ? indicatorName(ind, lang) : c.indicator}
                        </th>
                        <td className="py-1 pr-2">
                          {c.target ? (
                            <>
                              {t.kind.target}: {formatStated(c.target, lang)}
                            </>
                          ) : (
                            "—"
                          )}
                        </td>
                        <td className="py-1 pr-2">
                          {c.actual ? (
                            <>
                              {t.kind.actual}:{" "}
                              {formatStated({ ...c.actual, min: null, max: null }, lang)} (
                              {periodLabel(c.actual.period, lang)})
                            </>
                          ) : (
                            "—"
                          )}
                        </td>
                        <td className="py-1">
                          <StatusBadge status={c.status} lang={lang} verdict={c} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </div>
  );
}
