import { bulletGeometry, type BulletRow } from "../charts/bullet-data";
import { bulletText } from "../charts/bullet-text";
import { niceTicks } from "../charts/nice-ticks";
import type { getIndicatorPage } from "../data/indicator";
import { BASES } from "../domain/enums";
import type { Comparison } from "../domain/types";
import type { IndicatorImageGroup, IndicatorImageSpec } from "../export/indicator-svg";
import { formatNumber, unitLabel } from "../format";
import type { Lang } from "../i18n/config";
import { messages } from "../i18n/messages";
import { EXPORT_SIZES, type ExportSize, type SourceRow } from "./chart-export";
import { signed } from "./chart-labels";
import { indicatorView } from "./indicator-view";
import { footer, tally, verdictOf } from "./view-images";

type IndicatorPage = NonNullable<Awaited<ReturnType<typeof getIndicatorPage>>>;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The numbers a comparison draws: its target (a bar to the value, or a band) and its result. */
function marks(c: Comparison) {
  const t = c.target;
  const band = t?.comparator === "range" && t.min !== null && t.max !== null;
  const target = !t
    ? null
    : band
      ? { kind: "band" as const, min: t.min as number, max: t.max as number }
      : t.value !== null
        ? { kind: "bar" as const, value: t.value, derived: t.derived }
        : null;
  const v = c.actual?.value ?? null;
  return { target, result: v === null ? null : { value: v, partial: c.interim } };
}

/**
 * An indicator's page (one year, one page of localities) as an image: every comparison in the
 * page's order, grouped by basis and unit so that a scale is shared only by like numbers, each
 * worded as the bullet rows word it (lib/charts/bullet-text.ts). Null when the year has none.
 */
export function buildIndicatorImageSpec(a: {
  page: IndicatorPage;
  lang: Lang;
  size: ExportSize;
  /** SITE_URL and the page's path, or the path alone: never a host from the request. */
  permalink: string;
  exportedOn: string;
  sources: SourceRow[];
  fontCss: string;
}): IndicatorImageSpec | null {
  const { lang } = a;
  const t = messages(lang);
  const v = indicatorView(a.page, lang);
  const data = a.page.data;
  const ind = v.detail;
  if (!data || !ind || v.year === undefined || data.comparisons.length === 0) return null;
  const groups = new Map<string, { basis: string; unit: string; comparisons: Comparison[] }>();
  for (const c of data.comparisons) {
    const unit = c.target?.unit ?? c.actual?.unit ?? ind.unit;
    const key = `${c.basis}|${unit}`;
    const g = groups.get(key) ?? { basis: c.basis, unit, comparisons: [] };
    g.comparisons.push(c);
    groups.set(key, g);
  }
  const order = (b: string) => BASES.indexOf(b as (typeof BASES)[number]);
  const alts: string[] = [];
  const drawn: IndicatorImageGroup[] = [...groups.values()]
    .sort((x, y) => order(x.basis) - order(y.basis))
    .map((g) => {
      const rows = g.comparisons.map((c) => {
        const name = v.names.get(c.locality) ?? c.locality;
        const row: BulletRow = { comparison: c, indicator: ind, id: "", href: "", chart: null };
        const text = bulletText({ ...row, chart: bulletGeometry(c, ind) }, name, lang);
        alts.push(text.alt);
        return {
          id: `${c.locality}-${c.basis}`,
          name,
          ...marks(c),
          targetText: text.target,
          resultText: [text.result, text.share, text.elapsed].filter(Boolean).join(" · "),
          verdict: verdictOf(c.status, text.verdict, lang),
        };
      });
      const values = rows.flatMap((r) => [
        ...(r.target?.kind === "band" ? [r.target.min, r.target.max] : []),
        ...(r.target?.kind === "bar" ? [r.target.value] : []),
        ...(r.result ? [r.result.value] : []),
      ]);
      const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 4);
      const basis = t.basis[g.basis];
      return {
        heading: [basis && capitalize(basis), `${t.indicator.unit}: ${unitLabel(g.unit, lang)}`]
          .filter(Boolean)
          .join(" · "),
        ticks,
        tickTexts: ticks.map((n) => signed(formatNumber(n, lang))),
        rows,
      };
    });
  const title = t.viewImage.indicatorTitle(v.name, v.year);
  const p = a.page.page;
  return {
    ...EXPORT_SIZES[a.size],
    lang,
    title,
    subtitle: [v.subtitle, p && p.pages > 1 ? t.pages.localities(p.from, p.to, p.total) : null]
      .filter(Boolean)
      .join(" · "),
    tally: tally(
      data.comparisons.map((c) => c.status),
      lang,
    ),
    note: t.viewImage.indicatorNote,
    desc: [title, ...alts].join(". "),
    groups: drawn,
    legend: {
      target: t.chart.target,
      range: t.chartImage.targetRange,
      derived: t.chart.derivedTarget,
      result: t.chartImage.fullYearResult,
      partial: t.chartImage.partialResult,
    },
    footer: footer(
      data.comparisons.flatMap((c) => [c.target?.source, c.actual?.source]),
      a.sources,
      a.permalink,
      a.exportedOn,
      lang,
    ),
    fontCss: a.fontCss,
  };
}
