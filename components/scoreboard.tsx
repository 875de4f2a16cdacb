import Link from "next/link";
import type { IndicatorDetail } from "@/lib/data/comparisons";
import { STATUSES } from "@/lib/domain/enums";
import { STATUS_STYLE } from "@/lib/domain/status";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { localityName } from "@/lib/i18n/names";
import { localityHref } from "@/lib/links";
import type { ScoreGroup, ScoreRow } from "@/lib/view/scoreboard";
import { SourceScorecards } from "./source-scorecards";

type Place = { slug: string; nameVi: string; nameEn: string; level: string };

const COLUMNS = 3 + STATUSES.length;

/**
 * Every locality's targets by status, year by year, beside the scorecards the sources give
 * themselves: one row per locality and year, provinces followed by their districts. On a phone
 * the table scrolls inside its own box (the locality column stays put), never the page.
 */
export function Scoreboard({
  groups,
  localities,
  indicators,
  lang,
}: {
  groups: ScoreGroup[];
  localities: Place[];
  indicators: IndicatorDetail[];
  lang: Lang;
}) {
  const t = messages(lang);
  const s = t.scoreboard;
  const places = new Map(localities.map((l) => [l.slug, l]));
  const name = (slug: string) => {
    const l = places.get(slug);
    return l ? localityName(l, lang) : slug;
  };
  return (
    <section aria-labelledby="scoreboard" className="space-y-2">
      <h2 id="scoreboard" className="text-xl font-semibold">
        {s.title}
      </h2>
      <p className="max-w-3xl text-sm text-stone-700">{s.intro}</p>
      <p className="text-xs text-stone-700 lg:hidden">
        <span aria-hidden="true">↔ </span>
        {s.scrollHint}
      </p>
      {/* relative: the cells' screen-reader-only text is positioned absolutely, and would otherwise
          escape the scrolling box and widen the page. */}
      <div
        role="region"
        aria-label={s.caption}
        tabIndex={0}
        className="relative max-w-full overflow-x-auto rounded border border-stone-200 bg-white focus:outline-2 focus:outline-red-800"
      >
        <table className="w-full min-w-[52rem] text-left text-sm">
          <caption className="sr-only">{s.caption}</caption>
          <thead>
            <tr className="border-b border-stone-300 text-stone-700">
              <th scope="col" className="sticky left-0 bg-white px-2 py-1 font-semibold">
                {s.locality}
              </th>
              <th scope="col" className="px-2 py-1 font-semibold">
                {s.year}
              </th>
              {STATUSES.map((st) => (
                <th key={st} scope="col" className="px-1 py-1 text-center font-semibold">
                  <span
                    className={`inline-block rounded border px-1.5 text-xs ${STATUS_STYLE[st].className}`}
                    title={t.statusHint[st]}
                  >
                    {t.status[st]}
                  </span>
                </th>
              ))}
              <th scope="col" className="px-2 py-1 font-semibold">
                {s.sourceScorecards}
              </th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.province ?? "-"} className="border-t-2 border-stone-300">
              {g.province !== null && g.rows[0]?.slug !== g.province && (
                <tr>
                  <th scope="row" className="sticky left-0 bg-white px-2 py-1 font-bold">
                    {name(g.province)}
                  </th>
                  <td colSpan={COLUMNS - 1} className="px-2 py-1 text-stone-700">
                    {s.noFigures}
                  </td>
                </tr>
              )}
              {g.rows.map((r) => (
                <LocalityRows
                  key={r.slug}
                  row={r}
                  name={name(r.slug)}
                  indicators={indicators}
                  lang={lang}
                />
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}

function LocalityRows({
  row,
  name,
  indicators,
  lang,
}: {
  row: ScoreRow;
  name: string;
  indicators: IndicatorDetail[];
  lang: Lang;
}) {
  const t = messages(lang);
  const district = row.level !== "province";
  return row.years.map((y, i) => (
    <tr key={y.year} className={`align-top ${i === 0 ? "border-t border-stone-200" : ""}`}>
      {i === 0 && (
        <th
          scope="row"
          rowSpan={row.years.length}
          className={`sticky left-0 bg-white py-1 pr-2 ${district ? "pl-5 font-semibold" : "pl-2 font-bold"}`}
        >
          <span className="whitespace-nowrap">
            {district && <span aria-hidden="true">↳ </span>}
            {name}
          </span>
          <span className="block text-xs font-normal text-stone-600">
            {district ? t.overview.district : t.overview.province}
          </span>
        </th>
      )}
      <th scope="row" className="px-2 py-1 font-normal">
        <Link
          href={localityHref(lang, row.slug, { year: y.year })}
          prefetch={false}
          className="text-red-800 underline"
        >
          {y.year}
        </Link>
      </th>
      {STATUSES.map((st) => {
        const n = y.counts?.[st] ?? 0;
        return (
          <td key={st} className="px-1 py-1 text-center tabular-nums">
            {n > 0 ? (
              <span
                className={`inline-block min-w-8 rounded border px-1.5 font-semibold ${STATUS_STYLE[st].className}`}
              >
                {n}
              </span>
            ) : (
              <span className="text-stone-500">0</span>
            )}
          </td>
        );
      })}
      <td className="min-w-72 px-2 py-1">
        <SourceScorecards figures={y.sourceScorecards} indicators={indicators} lang={lang} />
      </td>
    </tr>
  ));
}
