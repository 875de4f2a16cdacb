import { bulletRows, bulletScore } from "@/lib/charts/bullet-data";
import type { IndicatorDetail } from "@/lib/data/comparisons";
import type { Comparison } from "@/lib/domain/types";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { scorecard, type Scorecard } from "@/lib/status/build";
import { ImageDownloads } from "../image-downloads";
import { BulletLegend } from "./bullet-legend";
import { BulletRowItem } from "./bullet-row";

/**
 * Every target of a locality-year at a glance: one bullet row per indicator (target as a tick or
 * band, result as a bar, hatched when it covers part of the year), missed and behind first.
 * A server component of plain SVG and HTML: it renders without JavaScript and prints whole.
 */
export function BulletChart({
  comparisons,
  indicators,
  lang,
  localityName,
  year,
  counts,
  id = "bullet",
  downloads,
}: {
  /** The comparisons to draw (the view's, after its filters). */
  comparisons: Comparison[];
  indicators: IndicatorDetail[];
  lang: Lang;
  localityName: string;
  /** The year in the heading; by default the comparisons' own. */
  year?: number;
  /** The counts the heading uses, when not the drawn rows' (e.g. before a status filter). */
  counts?: Scorecard;
  /** The section heading's id, an anchor for links. */
  id?: string;
  /** Beside the heading: by default, the locality-year's rows as one image; null for none. */
  downloads?: React.ReactNode;
}) {
  const t = messages(lang).bullet;
  const rows = bulletRows(comparisons, indicators, lang);
  if (rows.length === 0) return null;
  const { met, total } = bulletScore(counts ?? scorecard(comparisons));
  const y = year ?? rows[0]?.comparison.year ?? 0; // rows share one year
  const flipped = rows.some((r) => r.indicator.direction === "lower");
  const heading =
    total > 0 ? t.heading(localityName, y, met, total) : t.headingNone(localityName, y);
  return (
    <section aria-labelledby={id} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} aria-describedby={`${id}-counting`} className="text-xl font-semibold">
          {heading}
        </h2>
        {downloads === undefined ? (
          <ImageDownloads
            image={{ view: "bullet", locality: rows[0]?.comparison.locality ?? "", year: y }}
            lang={lang}
            title={heading}
          />
        ) : (
          downloads
        )}
      </div>
      <BulletLegend rows={rows} lang={lang} />
      <ol
        aria-label={t.list}
        className="divide-y divide-stone-200 rounded border border-stone-200 bg-white px-3"
      >
        {rows.map((row) => (
          <BulletRowItem key={row.id} row={row} lang={lang} />
        ))}
      </ol>
      <div className="space-y-1 text-xs text-stone-700">
        {flipped && <p>⇄ {t.lowerIsBetter}</p>}
        <p id={`${id}-counting`}>{t.counting}</p>
      </div>
    </section>
  );
}
