import type { FigureDetail, IndicatorDetail } from "../data/comparisons";
import { isScorecard } from "../status/build";
import type { Comparison } from "../domain/types";
import type { Status } from "../domain/enums";
import { figuresOf } from "./comparison-view";

export type ShownFilter = { status?: Status; category?: string };

/** The comparisons a view shows under its status and category filters. */
export function shownComparisons(
  comparisons: Comparison[],
  indicators: IndicatorDetail[],
  f: ShownFilter,
): Comparison[] {
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  return comparisons.filter(
    (c) =>
      (!f.category || bySlug.get(c.indicator)?.category === f.category) &&
      (!f.status || c.status === f.status),
  );
}

/**
 * The figures a filtered view shows: those behind its comparisons, plus the sources' own
 * scorecards, which the locality page shows beside every filtered view. One function, so the
 * page and its CSV/JSON download cannot disagree.
 */
export function shownFigures(
  comparisons: Comparison[],
  figures: FigureDetail[],
  indicators: IndicatorDetail[],
  f: ShownFilter,
): FigureDetail[] {
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const ids = new Set<string>();
  for (const c of shownComparisons(comparisons, indicators, f)) {
    const ind = bySlug.get(c.indicator);
    if (ind) for (const fig of figuresOf(c, figures, ind)) ids.add(fig.id);
  }
  for (const fig of figures) {
    const ind = bySlug.get(fig.indicatorSlug);
    if (ind && isScorecard(ind)) ids.add(fig.id);
  }
  return figures.filter((fig) => ids.has(fig.id));
}
