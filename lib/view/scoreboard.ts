import type { Comparator, Direction } from "../domain/enums";
import type { Comparison } from "../domain/types";
import { scorecard, type Scorecard } from "../status/build";
import { targetReference } from "../status/judge";
import { byVietnameseName } from "./pages";

/** A scorecard a source gives itself ("16 of 19 targets met"), as statedText reads it. */
export type ScorecardFigure = {
  id: string;
  sourceId: string;
  localitySlug: string;
  indicatorSlug: string;
  period: string;
  year: number;
  comparator: Comparator;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  outOf: number | null;
};

/** One locality's year on the scoreboard: computed counts beside the sources' own scorecards. */
type ScoreYear = {
  year: number;
  counts: Scorecard | null;
  sourceScorecards: ScorecardFigure[];
};
export type ScoreRow = { slug: string; level: string; years: ScoreYear[] };
/** A province's rows: its own (when it reports), then its districts'. */
export type ScoreGroup = { province: string | null; rows: ScoreRow[] };

type Place = { slug: string; level: string; parentSlug: string | null; nameVi: string };

const cellKey = (locality: string, year: number) => `${locality}|${year}`;

/** Adds one batch of comparisons (a year's, say) to the counts per locality and year. */
export function addCounts(cells: Map<string, Scorecard>, comparisons: Comparison[]): void {
  const byCell = new Map<string, Comparison[]>();
  for (const c of comparisons) {
    const k = cellKey(c.locality, c.year);
    const list = byCell.get(k);
    if (list) list.push(c);
    else byCell.set(k, [c]);
  }
  for (const [k, list] of byCell) cells.set(k, scorecard(list));
}

type ScorecardKey = Pick<
  ScorecardFigure,
  "localitySlug" | "year" | "indicatorSlug" | "period" | "value" | "outOf"
>;

/**
 * Source scorecards grouped by what they say: the same count for the same locality, year,
 * indicator and period from several reports (an article and its web original, a report and its
 * mirrors) is one group, in first-seen order, its reports in the order given.
 */
export function groupScorecards<F extends ScorecardKey>(figures: readonly F[]): F[][] {
  const groups = new Map<string, F[]>();
  for (const f of figures) {
    const key = JSON.stringify([
      f.localitySlug,
      f.year,
      f.indicatorSlug,
      f.period,
      f.value,
      f.outOf,
    ]);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

/**
 * The scoreboard in reading order: provinces by Vietnamese name, each followed by its districts,
 * each locality's years newest first. Only localities with something to show; `provinces`, when
 * given, keeps only those provinces' groups (a page of them at national scale). The same scorecard
 * published twice (an article and its web original) is listed once.
 */
export function scoreboardGroups(
  localities: readonly Place[],
  cells: ReadonlyMap<string, Scorecard>,
  sourceScorecards: readonly ScorecardFigure[],
  provinces?: ReadonlySet<string>,
): ScoreGroup[] {
  const years = new Map<string, Map<number, ScoreYear>>();
  const yearOf = (slug: string, year: number) => {
    let m = years.get(slug);
    if (!m) years.set(slug, (m = new Map()));
    let y = m.get(year);
    if (!y) m.set(year, (y = { year, counts: null, sourceScorecards: [] }));
    return y;
  };
  for (const [k, counts] of cells) {
    const [slug = "", year = ""] = k.split("|");
    yearOf(slug, Number(year)).counts = counts;
  }
  for (const [f] of groupScorecards(sourceScorecards))
    if (f) yearOf(f.localitySlug, f.year).sourceScorecards.push(f);
  const rowOf = (l: Place): ScoreRow[] => {
    const m = years.get(l.slug);
    if (!m) return [];
    return [
      { slug: l.slug, level: l.level, years: [...m.values()].sort((a, b) => b.year - a.year) },
    ];
  };
  const sorted = [...localities].sort(byVietnameseName);
  const groups: ScoreGroup[] = sorted
    .filter((p) => p.level === "province" && (!provinces || provinces.has(p.slug)))
    .map((p) => ({
      province: p.slug,
      rows: [...rowOf(p), ...sorted.filter((d) => d.parentSlug === p.slug).flatMap(rowOf)],
    }));
  // Districts without a known province still count, in a group of their own at the end.
  const known = new Set(localities.filter((l) => l.level === "province").map((l) => l.slug));
  const orphans = provinces
    ? []
    : sorted.filter(
        (l) => l.level !== "province" && (l.parentSlug === null || !known.has(l.parentSlug)),
      );
  if (orphans.length) groups.push({ province: null, rows: orphans.flatMap(rowOf) });
  return groups.filter((g) => g.rows.length > 0);
}

/** A final verdict worth headlining, with how far it landed from its target. */
export type Notable = {
  comparison: Comparison;
  /**
   * The distance between result and target as a % of the target, by the number that decides
   * whether it is met (the near end of a range); null when the verdict is stated without numbers.
   */
  gap: number | null;
};

/** How far past (positive) or short of (negative) its target a result is, as % of the target. */
export function gapOf(c: Comparison, direction: Direction): number | null {
  // A stated "% of plan" is the source's own measure (a "% of plan" of a poverty rate is of its
  // planned reduction, not of the rate): the derived target only restates it.
  if (c.verdictBasis === "stated") return c.progress === null ? null : c.progress - 100;
  const v = c.actual?.value ?? null;
  if (c.target && v !== null) {
    if (direction === "neither") {
      const lo = c.target.comparator === "range" ? c.target.min : c.target.value;
      const hi = c.target.comparator === "range" ? c.target.max : c.target.value;
      if (lo === null || hi === null) return null;
      const edge = v < Math.min(lo, hi) ? Math.min(lo, hi) : Math.max(lo, hi);
      const outside = Math.max(0, Math.min(lo, hi) - v, v - Math.max(lo, hi));
      return edge === 0 ? null : -(outside / Math.abs(edge)) * 100;
    }
    const ref = targetReference(c.target, direction);
    if (ref !== null && ref !== 0) {
      const better = direction === "lower" ? ref - v : v - ref;
      return (better / Math.abs(ref)) * 100;
    }
  }
  return null;
}

const FINAL_MET = new Set(["exceeded", "achieved"]);

// Numbers first, and among them the ones resting on no doubtful figure: a garbled translation's
// number must not headline the front page. A verdict stated without numbers comes last.
const tier = (n: Notable) => (n.gap === null ? 2 : n.comparison.doubtful ? 1 : 0);

/** A total order, so the top of the union of per-year tops is the top of the whole. */
function byNotability(a: Notable, b: Notable): number {
  const [ca, cb] = [a.comparison, b.comparison];
  return (
    tier(a) - tier(b) ||
    Math.abs(b.gap ?? 0) - Math.abs(a.gap ?? 0) ||
    cb.year - ca.year ||
    ca.locality.localeCompare(cb.locality) ||
    ca.indicator.localeCompare(cb.indicator) ||
    ca.basis.localeCompare(cb.basis)
  );
}

export type Notables = { misses: Notable[]; successes: Notable[] };

/**
 * The `n` most notable misses and successes among final (full-year) verdicts: the largest
 * shortfall or surplus as a share of the target. Interim verdicts are not final, so never here.
 */
export function notables(
  comparisons: readonly Comparison[],
  directions: ReadonlyMap<string, Direction>,
  n = 3,
): Notables {
  const misses: Notable[] = [];
  const successes: Notable[] = [];
  for (const c of comparisons) {
    if (c.interim || c.verdictBasis === null) continue;
    const into = c.status === "missed" ? misses : FINAL_MET.has(c.status) ? successes : null;
    into?.push({ comparison: c, gap: gapOf(c, directions.get(c.indicator) ?? "higher") });
  }
  return { misses: top(misses, n), successes: top(successes, n) };
}

/** Merges two sets of notables (two years') into the top `n` of both. */
export function mergeNotables(a: Notables, b: Notables, n = 3): Notables {
  return {
    misses: top([...a.misses, ...b.misses], n),
    successes: top([...a.successes, ...b.successes], n),
  };
}

const top = (list: Notable[], n: number) => [...list].sort(byNotability).slice(0, n);

/** The id of a comparison's card on its locality page, so a link can land on it. */
export function comparisonAnchor(c: Pick<Comparison, "locality" | "indicator" | "year" | "basis">) {
  return `cmp-${c.locality}-${c.indicator}-${c.year}-${c.basis}`;
}
