import { AUTHORITIES } from "../domain/enums";
import { reach } from "../domain/period";
import type { Basis } from "../domain/enums";
import { compare } from "./compare";
import { convertResult, indexKey, type FigureIndex } from "./convert";
import type { Comparison, Figure, Indicator } from "../domain/types";

/** Source scorecards ("7 of 9 targets met") are shown beside the computed one, not compared. */
export function isScorecard(indicator: Pick<Indicator, "unit">): boolean {
  return indicator.unit === "targets";
}

type Group = {
  locality: string;
  indicator: string;
  year: number;
  basis: Basis;
  targets: Figure[];
  actuals: Figure[];
};

/**
 * Pairs every target with the latest result for the same locality, indicator, year and basis —
 * whichever articles they come from — and keeps results without targets and targets without
 * results. A growth rate's result may be stated as its base indicator's % change ("production
 * value up 9.3%"): it is paired with the growth-rate target.
 */
export function buildComparisons(figures: Figure[], indicators: Indicator[]): Comparison[] {
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const growthRateOf = new Map(
    indicators.filter((i) => i.growthOf).map((i) => [i.growthOf as string, i.slug]),
  );
  const groups = new Map<string, Group>();
  for (const f of figures) {
    const ind = bySlug.get(f.indicatorSlug);
    if (!ind || isScorecard(ind)) continue;
    let indicator = f.indicatorSlug;
    let basis = f.basis;
    const rate = growthRateOf.get(f.indicatorSlug);
    if (basis === "yoy_pct" && rate !== undefined) [indicator, basis] = [rate, "level"];
    const key = `${f.localitySlug}|${indicator}|${f.year}|${basis}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          locality: f.localitySlug,
          indicator,
          year: f.year,
          basis,
          targets: [],
          actuals: [],
        }),
      );
    (f.kind === "target" ? g.targets : g.actuals).push(f);
  }
  const index: FigureIndex = new Map();
  for (const g of groups.values())
    index.set(indexKey(g.locality, g.indicator, g.year, g.basis), [...g.targets, ...g.actuals]);
  const out: Comparison[] = [];
  for (const g of groups.values()) {
    const ind = bySlug.get(g.indicator);
    if (!ind) continue;
    // A target with no result on its own basis: a result converted from other bases, if exact.
    const converted =
      g.actuals.length === 0 && g.targets.length > 0
        ? convertResult(g.locality, ind, g.year, g.basis, index)
        : null;
    if (converted) g.actuals.push(converted.figure);
    const target = pick(
      g.targets,
      (a, b) => Number(b.periodPart === "FY") - Number(a.periodPart === "FY"),
    );
    const actual = pick(g.actuals, betterResult);
    const others = actual
      ? g.actuals
          .filter((f) => f !== actual && f.period === actual.period)
          .map((f) => relation(f, actual))
      : [];
    out.push(
      compare(
        { locality: g.locality, indicator: g.indicator, year: g.year, basis: g.basis },
        ind,
        target,
        actual,
        others,
        converted?.conversion ?? null,
      ),
    );
  }
  return out.sort(
    (a, b) =>
      a.locality.localeCompare(b.locality) ||
      b.year - a.year ||
      a.indicator.localeCompare(b.indicator) ||
      a.basis.localeCompare(b.basis),
  );
}

const AUTHORITY_RANK = new Map(AUTHORITIES.map((a, i) => [a, i]));
// Articles are machine translations of local reports: ranked with the mirrors.
const rank = (f: Figure) => AUTHORITY_RANK.get(f.authority ?? "mirror") ?? AUTHORITIES.length;

/**
 * Which of two results the verdict uses (negative: `a`): the one reaching furthest into the year,
 * then a number over a bare stated outcome, a final figure over an estimate, a later report over
 * an earlier one, a higher authority over a lower one.
 */
function betterResult(a: Figure, b: Figure): number {
  return (
    reach(b.periodPart) - reach(a.periodPart) ||
    Number(a.value === null && a.min === null) - Number(b.value === null && b.min === null) ||
    Number(a.estimated) - Number(b.estimated) ||
    (b.publishedOn ?? "").localeCompare(a.publishedOn ?? "") ||
    rank(a) - rank(b)
  );
}

/** How another report of the same result stands to the chosen one: replaced, or disagreeing. */
function relation(other: Figure, chosen: Figure): Comparison["others"][number] {
  const sameNumber = other.value === chosen.value && other.min === chosen.min;
  const replaced =
    sameNumber ||
    (other.estimated && !chosen.estimated) ||
    (other.publishedOn !== null &&
      chosen.publishedOn !== null &&
      other.publishedOn < chosen.publishedOn &&
      rank(other) >= rank(chosen));
  return { figureId: other.id, relation: replaced ? "superseded" : "disagrees" };
}

// The best by `order`, ties broken by source id (newest article id last wins) for a stable choice.
function pick(list: Figure[], order: (a: Figure, b: Figure) => number): Figure | null {
  const sorted = [...list].sort((a, b) => order(a, b) || b.sourceId.localeCompare(a.sourceId));
  return sorted[0] ?? null;
}

export type Scorecard = Record<Comparison["status"], number>;

export function scorecard(comparisons: Comparison[]): Scorecard {
  const counts: Scorecard = {
    exceeded: 0,
    achieved: 0,
    missed: 0,
    on_track: 0,
    behind: 0,
    no_result: 0,
    no_target: 0,
  };
  for (const c of comparisons) counts[c.status] += 1;
  return counts;
}
