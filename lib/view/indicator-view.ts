import type { getIndicatorPage } from "../data/indicator";
import { unitLabel } from "../format";
import type { Lang } from "../i18n/config";
import { messages } from "../i18n/messages";
import { indicatorName, localityName } from "../i18n/names";
import { indicatorHref } from "../links";

type IndicatorPage = NonNullable<Awaited<ReturnType<typeof getIndicatorPage>>>;

// A chart per locality while they fit; past that, the rest of the page goes into the table.
const MAX_CHARTS = 24;

/** Everything the indicator page shows, decided here; the page only lays it out. */
export function indicatorView(page: IndicatorPage, lang: Lang) {
  const t = messages(lang);
  const { indicator, years, year, data } = page;
  const detail = data?.indicators.find((i) => i.slug === indicator.slug);
  const comparisons = data?.comparisons ?? [];
  const chartable = comparisons.filter((c) => c.status !== "no_result" && c.status !== "no_target");
  const charted = chartable.slice(0, MAX_CHARTS);
  return {
    slug: indicator.slug,
    name: indicatorName(indicator, lang),
    subtitle: `${t.category[indicator.category]} · ${t.indicator.unit}: ${
      unitLabel(indicator.unit, lang) || "—"
    } · ${t.indicator.directions[indicator.direction]}`,
    year,
    years: years.map((y) => ({
      key: String(y),
      label: String(y),
      href: indicatorHref(lang, indicator.slug, y),
      current: y === year,
    })),
    names: new Map(data?.localities.map((l) => [l.slug, localityName(l, lang)]) ?? []),
    detail,
    charted,
    others: comparisons.filter((c) => !charted.includes(c)),
    empty: !data || !detail || comparisons.length === 0,
  };
}
