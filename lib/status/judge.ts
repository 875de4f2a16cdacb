import type { Comparator, Direction } from "../domain/enums";

/** What a target asks for: one bound (with how it is compared) or a range. */
export type TargetSpec = {
  comparator: Comparator;
  value: number | null;
  min: number | null;
  max: number | null;
};
export type FinalStatus = "exceeded" | "achieved" | "missed";

/**
 * Judges a result against a target. "Exceeded" means better than the whole target (beyond the
 * far end of a range, or strictly past a single value); "achieved" means the target is met; a
 * lower-is-better indicator flips the sense. An open target ("more than 36,000") is achieved
 * when the result is past it; it cannot be exceeded further, since it names no upper end.
 * Nothing is capped: a result far past a target is still just exceeded.
 */
export function judge(target: TargetSpec, result: number, direction: Direction): FinalStatus {
  // Lower-is-better is judged as higher-is-better on negated numbers, with the bounds swapped.
  const sign = direction === "lower" ? -1 : 1;
  const v = sign * result;
  if (target.comparator === "range") {
    const a = sign * (target.min ?? Number.NaN);
    const b = sign * (target.max ?? Number.NaN);
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    if (direction === "neither") return v >= lo && v <= hi ? "achieved" : "missed";
    if (v > hi) return "exceeded";
    return v >= lo ? "achieved" : "missed";
  }
  const t = sign * (target.value ?? Number.NaN);
  let comparator: Comparator = target.comparator;
  if (sign === -1) comparator = flip(comparator);
  if (direction === "neither") return meets(comparator, v, t) ? "achieved" : "missed";
  switch (comparator) {
    case "eq":
    case "approx":
    case "gte":
      return v > t ? "exceeded" : v === t ? "achieved" : "missed";
    case "gt":
      return v > t ? "achieved" : "missed";
    // An upper bound on a higher-is-better number ("at most") can only be met, not beaten.
    case "lte":
      return v <= t ? "achieved" : "missed";
    case "lt":
      return v < t ? "achieved" : "missed";
    default:
      return "missed";
  }
}

function flip(c: Comparator): Comparator {
  switch (c) {
    case "gt":
      return "lt";
    case "gte":
      return "lte";
    case "lt":
      return "gt";
    case "lte":
      return "gte";
    default:
      return c;
  }
}

function meets(c: Comparator, v: number, t: number): boolean {
  switch (c) {
    case "gt":
      return v > t;
    case "gte":
      return v >= t;
    case "lt":
      return v < t;
    case "lte":
      return v <= t;
    default:
      return v === t;
  }
}

/** The number a result has to reach to meet the target: the near end of a range, or its value. */
export function targetReference(target: TargetSpec, direction: Direction): number | null {
  if (target.comparator !== "range") return target.value;
  if (target.min === null || target.max === null) return null;
  return direction === "lower"
    ? Math.max(target.min, target.max)
    : Math.min(target.min, target.max);
}
