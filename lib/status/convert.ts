import { reach } from "../domain/period";
import type { Basis } from "../domain/enums";
import type { Conversion, Figure, Indicator } from "../domain/types";

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Figures of one locality and indicator by year and basis, for finding a conversion's inputs. */
export type FigureIndex = Map<string, Figure[]>;
export const indexKey = (locality: string, indicator: string, year: number, basis: Basis) =>
  `${locality}|${indicator}|${year}|${basis}`;

/** The furthest-reaching single-number result among some figures (the latest report of it). */
function latestResult(list: Figure[] | undefined, fullYearOnly: boolean): Figure | null {
  const results = (list ?? []).filter(
    (f) =>
      f.kind === "actual" &&
      f.comparator !== "range" &&
      f.value !== null &&
      (!fullYearOnly || f.periodPart === "FY"),
  );
  results.sort(
    (a, b) =>
      reach(b.periodPart) - reach(a.periodPart) ||
      Number(a.estimated) - Number(b.estimated) ||
      (b.publishedOn ?? "").localeCompare(a.publishedOn ?? ""),
  );
  return results[0] ?? null;
}

/**
 * A result on the target's basis computed exactly from curated figures on other bases, or null.
 * Only for stocks and shares (accumulation "level": a poverty rate, a count of poor households),
 * whose year-end level is the next year's starting point; never for flows, whose two years may be
 * stated at different prices. Never invents a base the sources do not give:
 * - a percentage-point change = this year's level − last year's full-year level;
 * - a % change = (this year's level ÷ last year's level − 1) × 100, or a change ÷ the base;
 * - a level = last year's level + this year's change.
 */
export function convertResult(
  locality: string,
  indicator: Indicator,
  year: number,
  basis: Basis,
  index: FigureIndex,
): { figure: Figure; conversion: Conversion } | null {
  if (indicator.accumulation !== "level") return null;
  const at = (y: number, b: Basis, fullYear: boolean) =>
    latestResult(index.get(indexKey(locality, indicator.slug, y, b)), fullYear);
  const base = at(year - 1, "level", true);
  if (!base || base.value === null) return null;
  let input: Figure | null = null;
  let value: number | null = null;
  let kind: Conversion["kind"];
  if (basis === "pp_change" || basis === "yoy_pct") {
    const level = at(year, "level", false);
    const change = basis === "yoy_pct" ? at(year, "abs_change", false) : null;
    if (level?.value != null) {
      input = level;
      kind = basis === "pp_change" ? "level_minus_base" : "level_over_base";
      value =
        basis === "pp_change"
          ? round2(level.value - base.value)
          : base.value !== 0
            ? round2((level.value / base.value - 1) * 100)
            : null;
    } else if (change?.value != null && base.value !== 0) {
      input = change;
      kind = "change_over_base";
      value = round2((change.value / base.value) * 100);
    } else return null;
  } else if (basis === "level") {
    const change = at(year, "abs_change", false);
    if (change?.value == null || change.comparator !== "eq") return null;
    input = change;
    kind = "base_plus_change";
    value = round2(base.value + change.value);
  } else return null;
  if (value === null || input === null) return null;
  const figure: Figure = {
    ...input,
    id: `${input.id}~${base.id}`,
    basis,
    value,
    min: null,
    max: null,
    outcomeType: null,
    outcomeValue: null,
    unit: basis === "pp_change" ? "pp" : basis === "yoy_pct" ? "percent" : base.unit,
    doubtful: input.doubtful || base.doubtful,
  };
  return {
    figure,
    conversion: {
      kind,
      result: value,
      input: { figureId: input.id, value: input.value as number, period: input.period },
      base: { figureId: base.id, value: base.value, period: base.period },
    },
  };
}
