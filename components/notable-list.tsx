import Link from "next/link";
import type { IndicatorDetail } from "@/lib/data/comparisons";
import { formatPercent, formatStated } from "@/lib/format";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { localityName } from "@/lib/i18n/names";
import { localityHref } from "@/lib/links";
import { comparisonTitle, reportedText } from "@/lib/view/comparison-view";
import { comparisonAnchor, type Notable } from "@/lib/view/scoreboard";
import { StatusBadge } from "./status-badge";

type Place = { slug: string; nameVi: string; nameEn: string };

/**
 * The most notable misses and successes side by side, each with its numbers and a link to its
 * card on the locality page.
 */
export function NotableLists({
  misses,
  successes,
  localities,
  indicators,
  lang,
}: {
  misses: Notable[];
  successes: Notable[];
  localities: Place[];
  indicators: IndicatorDetail[];
  lang: Lang;
}) {
  const s = messages(lang).scoreboard;
  const lists = [
    { id: "notable-misses", title: s.misses, items: misses, miss: true },
    { id: "notable-successes", title: s.successes, items: successes, miss: false },
  ];
  return (
    <div className="space-y-2">
      <div className="grid gap-4 md:grid-cols-2">
        {lists.map((l) => (
          <section key={l.id} aria-labelledby={l.id} className="space-y-2">
            <h2 id={l.id} className="text-xl font-semibold">
              {l.title}
            </h2>
            {l.items.length === 0 ? (
              <p className="text-sm text-stone-700">{s.noNotable}</p>
            ) : (
              <ol aria-labelledby={l.id} className="space-y-2">
                {l.items.map((n) => (
                  <NotableItem
                    key={comparisonAnchor(n.comparison)}
                    n={n}
                    miss={l.miss}
                    localities={localities}
                    indicators={indicators}
                    lang={lang}
                  />
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
      <p className="max-w-3xl text-sm text-stone-700">{s.notableIntro}</p>
    </div>
  );
}

function NotableItem({
  n,
  miss,
  localities,
  indicators,
  lang,
}: {
  n: Notable;
  miss: boolean;
  localities: Place[];
  indicators: IndicatorDetail[];
  lang: Lang;
}) {
  const t = messages(lang);
  const s = t.scoreboard;
  const c = n.comparison;
  const ind = indicators.find((i) => i.slug === c.indicator);
  const place = localities.find((l) => l.slug === c.locality);
  const target = c.target
    ? `${formatStated(c.target, lang)}${c.target.derived ? ` (${t.chart.derived})` : ""}`
    : "—";
  const result =
    c.actual && c.actual.value !== null
      ? formatStated({ ...c.actual, min: null, max: null }, lang)
      : c.actual?.reported
        ? reportedText(c.actual.reported, lang)
        : "—";
  const gap =
    n.gap === null || Math.abs(n.gap) < 0.05
      ? null
      : (miss ? s.shortBy : s.beatBy)(formatPercent(Math.abs(n.gap), lang));
  const share = [
    c.progress === null ? null : t.chart.progress(formatPercent(c.progress, lang)),
    gap,
  ]
    .filter((x) => x !== null)
    .join(" · ");
  return (
    <li className="space-y-1 rounded border border-stone-200 bg-white p-3 text-sm">
      <p>
        <Link
          href={`${localityHref(lang, c.locality, { year: c.year })}#${comparisonAnchor(c)}`}
          className="font-semibold text-red-800 underline"
        >
          {ind ? comparisonTitle(c, ind, lang) : c.indicator}
        </Link>
      </p>
      <p className="text-stone-700">
        {place ? localityName(place, lang) : c.locality} · {c.year}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt className="text-stone-700">{t.kind.target}</dt>
        <dd>{target}</dd>
        <dt className="text-stone-700">{t.kind.actual}</dt>
        <dd>{result}</dd>
        <dt className="text-stone-700">{s.ofTarget}</dt>
        <dd>{share || s.noNumbers}</dd>
        <dt className="text-stone-700">{s.verdictBasis}</dt>
        <dd>
          <StatusBadge status={c.status} lang={lang} verdict={c} />
          {c.verdictBasis === "computed" && (
            <span className="text-xs text-stone-700"> · {t.verdict.computed}</span>
          )}
        </dd>
      </dl>
    </li>
  );
}
