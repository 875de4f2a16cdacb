import { describe, expect, it } from "vitest";
import type { Comparator, Direction } from "../domain/enums";
import { judge, targetReference } from "./judge";

const single = (comparator: Comparator, value: number) => ({
  comparator,
  value,
  min: null,
  max: null,
});
const range = (min: number, max: number) => ({
  comparator: "range" as const,
  value: null,
  min,
  max,
});

describe("judge", () => {
  it.each<
    [string, ReturnType<typeof single> | ReturnType<typeof range>, number, Direction, string]
  >([
    // higher is better, single values
    ["eq, above", single("eq", 100), 101, "higher", "exceeded"],
    ["eq, exactly on", single("eq", 100), 100, "higher", "achieved"],
    ["eq, below", single("eq", 100), 99.99, "higher", "missed"],
    ["approx, exactly on", single("approx", 22900), 22900, "higher", "achieved"],
    ["gte, exactly on the minimum", single("gte", 16.8), 16.8, "higher", "achieved"],
    [
      "gte, below (Bình Xuyên 2023 growth 9.3 vs ≥ 16.8)",
      single("gte", 16.8),
      9.3,
      "higher",
      "missed",
    ],
    ["gte, above", single("gte", 4000), 4100, "higher", "exceeded"],
    ["gt, exactly on is not more than", single("gt", 36000), 36000, "higher", "missed"],
    ["gt, past it", single("gt", 36000), 36001, "higher", "achieved"],
    ["lte cap, under", single("lte", 10), 9, "higher", "achieved"],
    ["lt cap, on it", single("lt", 10), 10, "higher", "missed"],
    // higher is better, ranges (never capped at the top)
    ["range, below the bottom", range(11, 12), 10.99, "higher", "missed"],
    ["range, on the bottom end", range(11, 12), 11, "higher", "achieved"],
    ["range, inside", range(11, 12), 11.5, "higher", "achieved"],
    ["range, on the top end", range(11, 12), 12, "higher", "achieved"],
    ["range, above the top", range(11, 12), 12.01, "higher", "exceeded"],
    ["range, far above: still exceeded", range(43, 45), 90, "higher", "exceeded"],
    // lower is better flips the sense
    ["lower, eq, under", single("eq", 5), 4, "lower", "exceeded"],
    ["lower, eq, on", single("eq", 5), 5, "lower", "achieved"],
    ["lower, eq, over", single("eq", 5), 6, "lower", "missed"],
    ["lower, lt, on is not under", single("lt", 3), 3, "lower", "missed"],
    ["lower, lt, under", single("lt", 3), 2.9, "lower", "achieved"],
    ["lower, lte at least 4 pp cut, cut 5", single("lte", -4), -5, "lower", "exceeded"],
    ["lower, lte at least 4 pp cut, cut exactly 4", single("lte", -4), -4, "lower", "achieved"],
    ["lower, lte at least 4 pp cut, cut 3", single("lte", -4), -3, "lower", "missed"],
    ["lower, range cut 3–3.5 pp, cut 4.44", range(-3.5, -3), -4.44, "lower", "exceeded"],
    ["lower, range cut 3–3.5 pp, on -3.5", range(-3.5, -3), -3.5, "lower", "achieved"],
    ["lower, range cut 3–3.5 pp, on -3", range(-3.5, -3), -3, "lower", "achieved"],
    ["lower, range cut 3–3.5 pp, cut 2", range(-3.5, -3), -2, "lower", "missed"],
    // neither direction: meeting is all there is
    ["neither, in range", range(1, 2), 1.5, "neither", "achieved"],
    ["neither, past range", range(1, 2), 3, "neither", "missed"],
    ["neither, eq", single("eq", 3), 3, "neither", "achieved"],
  ])("%s", (_name, target, result, direction, expected) => {
    expect(judge(target, result, direction)).toBe(expected);
  });
});

describe("targetReference", () => {
  it("is the near end of a range in the direction of better", () => {
    expect(targetReference(range(43, 45), "higher")).toBe(43);
    expect(targetReference(range(-3.5, -3), "lower")).toBe(-3);
    expect(targetReference(single("gt", 36000), "higher")).toBe(36000);
  });
});
