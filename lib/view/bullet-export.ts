import { bulletRows, bulletScore } from "../charts/bullet-data";
import { bulletText } from "../charts/bullet-text";
import type { IndicatorDetail } from "../data/comparisons";
import { STATUS_STYLE } from "../domain/status";
import type { Comparison } from "../domain/types";
import type { BulletImageSpec } from "../export/bullet-svg";
import type { Lang } from "../i18n/config";
import { messages } from "../i18n/messages";
import { scorecard } from "../status/build";
import { EXPORT_SIZES, type ExportSize, type SourceRow } from "./chart-export";
import { comparisonTitle } from "./comparison-view";
import { footer, tally, verdictOf } from "./view-images";

/**
 * A locality-year's bullet chart as an image, worded as the page words it: the same rows in the
 * same order (lib/charts/bullet-data.ts), the same heading and texts (lib/charts/bullet-text.ts).
 * Null when the year has no row to draw.
 */
export function buildBulletImageSpec(a: {
  /** Every comparison of the locality-year: the page's bullet chart without filters. */
  comparisons: Comparison[];
  indicators: IndicatorDetail[];
  localityName: string;
  year: number;
  lang: Lang;
  size: ExportSize;
  /** SITE_URL and the page's path, or the path alone: never a host from the request. */
  permalink: string;
  exportedOn: string;
  sources: SourceRow[];
  fontCss: string;
}): BulletImageSpec | null {
  const { lang } = a;
  const t = messages(lang);
  const rows = bulletRows(a.comparisons, a.indicators, lang);
  if (rows.length === 0) return null;
  const { met, total } = bulletScore(scorecard(a.comparisons));
  const title =
    total > 0
      ? t.bullet.heading(a.localityName, a.year, met, total)
      : t.bullet.headingNone(a.localityName, a.year);
  const mirrored = rows.some((r) => r.indicator.direction === "lower");
  const drawn = rows.map((row) => {
    const c = row.comparison;
    const name = comparisonTitle(c, row.indicator, lang);
    const text = bulletText(row, name, lang);
    return {
      alt: text.alt,
      row: {
        id: row.id,
        name,
        mirrored: row.indicator.direction === "lower" ? t.bullet.lowerMark : null,
        geometry: row.chart,
        color: STATUS_STYLE[c.status].color,
        numbers: [text.target, text.result, text.share, text.elapsed].filter(Boolean).join(" · "),
        verdict: verdictOf(c.status, text.verdict, lang),
      },
    };
  });
  return {
    ...EXPORT_SIZES[a.size],
    lang,
    title,
    subtitle: t.bullet.list,
    tally: tally(
      rows.map((r) => r.comparison.status),
      lang,
    ),
    note: t.bullet.counting,
    desc: [title, ...drawn.map((d) => d.alt)].join(". "),
    rows: drawn.map((d) => d.row),
    legend: {
      target: t.bullet.legendTarget,
      range: t.bullet.legendRange,
      open: t.bullet.legendOpen,
      derived: t.bullet.legendDerived,
      result: t.bullet.legendResult,
      partial: t.bullet.legendPartial,
      expected: t.bullet.legendExpected,
      lowerIsBetter: mirrored ? t.bullet.lowerIsBetter : null,
    },
    // Each row's target's source, then its result's, top to bottom.
    footer: footer(
      rows.flatMap((r) => [r.comparison.target?.source, r.comparison.actual?.source]),
      a.sources,
      a.permalink,
      a.exportedOn,
      lang,
    ),
    fontCss: a.fontCss,
  };
}
