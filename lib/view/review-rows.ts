import type { IndicatorDetail } from "../data/comparisons";
import { BASES, CATEGORIES, STATUSES, type Status } from "../domain/enums";
import type { Comparison, VerdictBasis } from "../domain/types";
import { isScorecard } from "../status/build";

export const VERDICT_BASES = ["computed", "stated"] as const satisfies readonly VerdictBasis[];
/** `progress`: % of target, lowest first (the furthest from their targets lead); nulls last. */
export const REVIEW_SORTS = [
  "locality",
  "indicator",
  "status",
  "progress",
  "progress-desc",
] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];
/** A page of the reviewer's table: a national year is tens of thousands of comparisons. */
export const REVIEW_ROWS_PER_PAGE = 100;

/** What a reviewer narrows a year to. The page and /api/comparisons apply the same filter. */
export type ReviewFilter = {
  status?: Status;
  verdictBasis?: VerdictBasis;
  category?: string;
  indicator?: string;
  /** Only these localities (a province and its districts, see provinceScope); absent: all. */
  localities?: ReadonlySet<string>;
};

type Place = { slug: string; level: string; parentSlug: string | null };

/** A province and its districts; null when the slug names no province (a district, or nothing). */
export function provinceScope(localities: readonly Place[], province: string): Set<string> | null {
  if (!localities.some((l) => l.slug === province && l.level === "province")) return null;
  return new Set([
    province,
    ...localities.filter((l) => l.parentSlug === province).map((l) => l.slug),
  ]);
}

/**
 * The test a comparison passes to be in a reviewer's filter. Sources' scorecards ("7 of 9 targets
 * met") are figures, never comparisons: they stay out even if one ever reached this far, so a
 * status filter can only return judged targets.
 */
export function reviewPredicate(
  indicators: readonly IndicatorDetail[],
  f: ReviewFilter,
): (c: Comparison) => boolean {
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  return (c) => {
    const ind = bySlug.get(c.indicator);
    return (
      ind !== undefined &&
      !isScorecard(ind) &&
      (f.status === undefined || c.status === f.status) &&
      (f.verdictBasis === undefined || c.verdictBasis === f.verdictBasis) &&
      (f.category === undefined || ind.category === f.category) &&
      (f.indicator === undefined || c.indicator === f.indicator) &&
      (f.localities === undefined || f.localities.has(c.locality))
    );
  };
}

export function filterReview(
  comparisons: readonly Comparison[],
  indicators: readonly IndicatorDetail[],
  f: ReviewFilter,
): Comparison[] {
  return comparisons.filter(reviewPredicate(indicators, f));
}

export type SortContext = {
  /** Position of each locality in reading order (province, then its districts). */
  localityRank: ReadonlyMap<string, number>;
  /** An indicator's name in the page's language. */
  indicatorLabel: (slug: string) => string;
  /** The language names sort in ("vi", "en"). */
  locale: string;
};

/** The reviewer's order; ties fall back to locality, then indicator, then basis, so it is stable. */
export function sortReview(
  rows: readonly Comparison[],
  sort: ReviewSort,
  ctx: SortContext,
): Comparison[] {
  const collator = new Intl.Collator(ctx.locale, { numeric: true });
  const rank = (c: Comparison) => ctx.localityRank.get(c.locality) ?? Number.MAX_SAFE_INTEGER;
  const byLocality = (a: Comparison, b: Comparison) => rank(a) - rank(b);
  const byIndicator = (a: Comparison, b: Comparison) =>
    collator.compare(ctx.indicatorLabel(a.indicator), ctx.indicatorLabel(b.indicator)) ||
    a.indicator.localeCompare(b.indicator) ||
    BASES.indexOf(a.basis) - BASES.indexOf(b.basis);
  const byStatus = (a: Comparison, b: Comparison) =>
    STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status);
  // Comparisons without a % of target (no result, a range target, a stated outcome) go last
  // either way: they have nothing to rank by.
  const byProgress = (sign: 1 | -1) => (a: Comparison, b: Comparison) =>
    a.progress === null || b.progress === null
      ? Number(a.progress === null) - Number(b.progress === null)
      : sign * (a.progress - b.progress);
  const orders: Record<ReviewSort, ((a: Comparison, b: Comparison) => number)[]> = {
    locality: [byLocality, byIndicator],
    indicator: [byIndicator, byLocality],
    status: [byStatus, byLocality, byIndicator],
    progress: [byProgress(1), byLocality, byIndicator],
    "progress-desc": [byProgress(-1), byLocality, byIndicator],
  };
  const keys = orders[sort];
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const d = k(a, b);
      if (d !== 0) return d;
    }
    return 0;
  });
}

export type ReviewFlag =
  { kind: "derived" | "estimated" } | { kind: "superseded" | "disagrees"; count: number };

/**
 * What a reviewer should look at twice, beyond the badge (which shows a stated verdict, a
 * disagreeing source and a doubtful figure): a target implied by an outcome, an estimate, and
 * the other reports of the result.
 */
export function reviewFlags(c: Comparison): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  if (c.target?.derived) flags.push({ kind: "derived" });
  if (c.actual?.estimated) flags.push({ kind: "estimated" });
  for (const kind of ["superseded", "disagrees"] as const) {
    const count = c.others.filter((o) => o.relation === kind).length;
    if (count > 0) flags.push({ kind, count });
  }
  return flags;
}

/**
 * The choices each filter offers: those with rows under the other filters (so a link never
 * leads to nothing only because of another filter), plus the current one (so it can be seen).
 */
export function reviewOptions(
  comparisons: readonly Comparison[],
  indicators: readonly IndicatorDetail[],
  places: readonly Place[],
  f: ReviewFilter & { province?: string },
) {
  const without = (key: keyof ReviewFilter) =>
    filterReview(comparisons, indicators, { ...f, [key]: undefined });
  const categoryOf = new Map(indicators.map((i) => [i.slug, i.category]));
  const present = <T extends string>(all: readonly T[], found: Iterable<string>, current?: T) => {
    const seen = new Set(found);
    return all.filter((v) => seen.has(v) || v === current);
  };
  const statuses = present(
    STATUSES,
    without("status").map((c) => c.status),
    f.status,
  );
  const bases = present(
    VERDICT_BASES,
    without("verdictBasis").flatMap((c) => (c.verdictBasis ? [c.verdictBasis] : [])),
    f.verdictBasis,
  );
  const categories = present(
    CATEGORIES,
    without("category").map((c) => categoryOf.get(c.indicator) ?? ""),
    f.category as (typeof CATEGORIES)[number] | undefined,
  );
  const indicatorSlugs = new Set(without("indicator").map((c) => c.indicator));
  if (f.indicator) indicatorSlugs.add(f.indicator);
  const reporting = new Set(without("localities").map((c) => c.locality));
  // A province is offered when it or one of its districts has rows; in the order of `places`.
  const provinces = places
    .filter((p) => p.level === "province")
    .map((p) => p.slug)
    .filter(
      (slug) =>
        slug === f.province ||
        reporting.has(slug) ||
        places.some((l) => l.parentSlug === slug && reporting.has(l.slug)),
    );
  return { statuses, bases, categories, indicators: [...indicatorSlugs], provinces };
}
