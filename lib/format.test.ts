import { describe, expect, it } from "vitest";
import { formatStated, formatValue, unitLabel } from "./format";

describe("formatValue", () => {
  it.each([
    [22000, "bn_vnd", "en", "22,000 bn VND"],
    [22000, "bn_vnd", "vi", "22.000 tỷ đồng"],
    [23803.2, "bn_vnd", "vi", "23.803,2 tỷ đồng"],
    [22.01, "percent", "en", "22.01%"],
    [22.01, "percent", "vi", "22,01%"],
    [39.88, "mn_vnd_per_person", "vi", "39,88 triệu đồng/người"],
    [1691, "people", "en", "1,691 people"],
    [9, "count", "en", "9"],
  ] as const)("%s %s in %s → %s", (n, unit, lang, text) => {
    expect(formatValue(n, unit, lang)).toBe(text);
  });
});

describe("formatStated", () => {
  const f = (
    comparator: "gt" | "range" | "eq" | "approx",
    value: number | null,
    min: number | null = null,
    max: number | null = null,
  ) => ({ comparator, value, min, max, unit: "bn_vnd" });
  it("says the comparator in words", () => {
    expect(formatStated(f("gt", 36000), "en")).toBe("more than 36,000 bn VND");
    expect(formatStated(f("gt", 36000), "vi")).toBe("hơn 36.000 tỷ đồng");
    expect(formatStated(f("approx", 22900), "vi")).toBe("khoảng 22.900 tỷ đồng");
    expect(formatStated(f("eq", 1390), "en")).toBe("1,390 bn VND");
  });
  it("writes a negative range in words", () => {
    expect(
      formatStated({ comparator: "range", value: null, min: -2, max: -1.5, unit: "pp" }, "en"),
    ).toBe("−2 to −1.5 pp");
    expect(
      formatStated({ comparator: "range", value: null, min: -3.5, max: -3, unit: "pp" }, "vi"),
    ).toBe("−3,5 đến −3 điểm %");
  });
  it("writes a range with an en dash", () => {
    expect(
      formatStated({ comparator: "range", value: null, min: 11, max: 12, unit: "percent" }, "en"),
    ).toBe("11–12%");
    expect(
      formatStated(
        { comparator: "range", value: null, min: 43, max: 45, unit: "mn_vnd_per_person" },
        "vi",
      ),
    ).toBe("43–45 triệu đồng/người");
  });
});

describe("unitLabel", () => {
  it("names units", () => {
    expect(unitLabel("bn_vnd", "vi")).toBe("tỷ đồng");
  });
});
