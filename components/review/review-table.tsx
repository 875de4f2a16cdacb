import Link from "next/link";
import type { IndicatorDetail } from "@/lib/data/comparisons";
import type { Comparison } from "@/lib/domain/types";
import { formatPercent, formatStated } from "@/lib/format";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import { indicatorHref, localityHref, sourceHref } from "@/lib/links";
import { comparisonTitle, reportedText } from "@/lib/view/comparison-view";
import { reviewFlags, type ReviewFlag } from "@/lib/view/review-rows";
import { StatusBadge } from "../status-badge";
import { TableHead } from "../table-head";

type Messages = ReturnType<typeof messages>;

function targetText(c: Comparison, lang: Lang): string {
  if (!c.target) return "—";
  return formatStated(c.target, lang);
}

/** The result as stated and its period; a numberless outcome in words ("exceeded the target"). */
function resultText(c: Comparison, lang: Lang): string {
  const a = c.actual;
  if (!a) return "—";
  const period = periodLabel(a.period, lang);
  if (a.value === null)
    return a.reported ? `${reportedText(a.reported, lang)} (${period})` : `— (${period})`;
  return `${formatStated({ ...a, min: null, max: null }, lang)} (${period})`;
}

function flagText(f: ReviewFlag, t: Messages["review"]["flags"]): string {
  return "count" in f ? t[f.kind](f.count) : t[f.kind];
}

/** Where each side of a comparison comes from: a link per source (target, result). */
function SourceLinks({ c, lang }: { c: Comparison; lang: Lang }) {
  const t = messages(lang).review.source;
  const links: { key: "target" | "actual"; id: string; figure: string | null }[] = [];
  if (c.target) links.push({ key: "target", id: c.target.source, figure: c.target.figureId });
  if (c.actual) links.push({ key: "actual", id: c.actual.source, figure: c.actual.figureId });
  return (
    <ul className="space-y-0.5 text-xs">
      {links.map((l) => (
        <li key={l.key}>
          {t[l.key]}:{" "}
          <Link
            href={sourceHref(lang, l.id, l.figure ?? undefined)}
            className="break-all text-red-800 underline"
          >
            {l.id}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Every comparison of a reviewer's view, one row each: what was planned, reported and judged. */
export function ReviewTable({
  rows,
  indicators,
  names,
  lang,
  caption,
}: {
  rows: Comparison[];
  indicators: Map<string, IndicatorDetail>;
  names: Map<string, string>;
  lang: Lang;
  caption: string;
}) {
  const t = messages(lang);
  const col = t.review.columns;
  const td = "py-1 pr-3";
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <TableHead
          caption={caption}
          columns={[
            col.locality,
            col.indicator,
            col.target,
            col.result,
            col.progress,
            col.status,
            col.flags,
            col.sources,
          ]}
        />
        <tbody>
          {rows.map((c) => {
            const ind = indicators.get(c.indicator);
            const flags = reviewFlags(c);
            return (
              <tr
                key={`${c.locality}-${c.indicator}-${c.basis}`}
                className="border-b border-stone-100 align-top"
              >
                <th scope="row" className={`${td} font-normal`}>
                  <Link
                    href={localityHref(lang, c.locality, { year: c.year })}
                    className="text-red-800 underline"
                  >
                    {names.get(c.locality) ?? c.locality}
                  </Link>
                </th>
                <td className={td}>
                  <Link
                    href={indicatorHref(lang, c.indicator, c.year)}
                    className="text-red-800 underline"
                  >
                    {ind ? comparisonTitle(c, ind, lang) : c.indicator}
                  </Link>
                </td>
                <td className={td}>{targetText(c, lang)}</td>
                <td className={td}>
                  {resultText(c, lang)}
                  {c.actual?.reported && c.actual.value !== null && (
                    <span className="block text-xs text-stone-600">
                      {reportedText(c.actual.reported, lang)}
                    </span>
                  )}
                </td>
                <td className={`${td} tabular-nums`}>
                  {c.progress === null ? "—" : formatPercent(c.progress, lang)}
                </td>
                <td className={td}>
                  <StatusBadge status={c.status} lang={lang} interim={c.interim} verdict={c} />
                </td>
                <td className={`${td} text-xs`}>
                  {flags.length === 0
                    ? "—"
                    : flags.map((f) => flagText(f, t.review.flags)).join("; ")}
                </td>
                <td className="py-1">
                  <SourceLinks c={c} lang={lang} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
