import Link from "next/link";
import { ComparisonCard } from "@/components/comparison-card";
import { ComparisonTable } from "@/components/comparison-table";
import { ScorecardSection } from "@/components/scorecard";
import type { Comparison } from "@/lib/domain/types";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import type { LocalityView } from "@/lib/view/locality-view";

type Data = NonNullable<LocalityView["data"]>;

/** The scorecard: counts by status beside the sources' own scorecards. */
export function LocalityScorecard({ v, d, lang }: { v: LocalityView; d: Data; lang: Lang }) {
  const t = messages(lang);
  return (
    <section aria-labelledby="scorecard" className="space-y-2">
      <h2 id="scorecard" className="text-xl font-semibold">
        {t.scorecard.title} · {v.year}
      </h2>
      <ScorecardSection
        counts={d.counts}
        sourceScorecards={d.raw.sourceScorecards}
        indicators={d.raw.indicators}
        lang={lang}
      />
    </section>
  );
}

/** One section per category of detailed planned-vs-achieved charts, then the tables. */
export function LocalityDetails({
  v,
  d,
  lang,
  trajectories,
}: {
  v: LocalityView;
  d: Data;
  lang: Lang;
  /** Each indicator and basis over the years, by `${indicator}|${basis}`. */
  trajectories?: Map<string, Comparison[]>;
}) {
  const t = messages(lang);
  const bySlug = new Map(d.raw.indicators.map((i) => [i.slug, i]));
  const table = (id: string, title: string, rows: typeof d.noResult) =>
    rows.length > 0 && (
      <section aria-labelledby={id} className="space-y-2">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        <ComparisonTable
          rows={rows}
          figures={d.raw.figures}
          indicators={d.raw.indicators}
          lang={lang}
          caption={title}
        />
      </section>
    );
  return (
    <>
      {d.shown.length === 0 && <p>{t.locality.nothing}</p>}
      {d.sections.map((s) => (
        <section key={s.category} aria-labelledby={`cat-${s.category}`} className="space-y-3">
          <h2 id={`cat-${s.category}`} className="text-xl font-semibold">
            {s.label}
          </h2>
          <div className="grid gap-4 lg:grid-cols-2">
            {s.comparisons.map((c) => {
              const ind = bySlug.get(c.indicator);
              return ind ? (
                <ComparisonCard
                  key={`${c.indicator}-${c.basis}`}
                  c={c}
                  indicator={ind}
                  figures={d.raw.figures}
                  localityName={v.name}
                  lang={lang}
                  trajectory={trajectories?.get(`${c.indicator}|${c.basis}`)}
                />
              ) : null;
            })}
          </div>
        </section>
      ))}
      {table("no_result", t.locality.pendingTitle, d.noResult)}
      {table("no-target", t.locality.noTargetTitle, d.noTarget)}
      <section aria-labelledby="sources" className="space-y-1">
        <h2 id="sources" className="text-xl font-semibold">
          {t.locality.sources}
        </h2>
        {/* Spaced so each link keeps a 24 px target (WCAG 2.5.8): Ninh Thuận lists 12 sources. */}
        <ul className="list-disc space-y-1 pl-5 text-sm leading-6">
          {d.sources.map((s) => (
            <li key={s.key}>
              <Link href={s.href} className="text-red-800 underline">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
