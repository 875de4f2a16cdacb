import { describe, expect, it } from "vitest";
import type { Comparison } from "../domain/types";
import {
  barValueText,
  partLabel,
  readableDate,
  targetMarkLabel,
  verdictDetail,
} from "./chart-labels";

const target = (
  t: Partial<NonNullable<Comparison["target"]>>,
): NonNullable<Comparison["target"]> => ({
  figureId: "t",
  source: "s",
  period: "2024",
  comparator: "eq",
  value: null,
  min: null,
  max: null,
  unit: "bn_vnd",
  derived: false,
  ...t,
});

describe("chart image labels", () => {
  it("labels a target with its comparator and unit, in the image's language", () => {
    // Ninh Thuận 2024 budget revenue as article 004 states it: at least 4,000 bn VND.
    const gte = target({ comparator: "gte", value: 4000 });
    expect(targetMarkLabel(gte, "en")).toBe("Target ≥ 4,000 bn VND");
    expect(targetMarkLabel(gte, "vi")).toBe("Chỉ tiêu ≥ 4.000 tỷ đồng");
    const gt = target({ comparator: "gt", value: 36000 });
    expect(targetMarkLabel(gt, "en")).toBe("Target > 36,000 bn VND");
    const range = target({ comparator: "range", min: 11, max: 12, unit: "percent" });
    expect(targetMarkLabel(range, "en")).toBe("Target 11–12%");
    expect(targetMarkLabel(range, "vi")).toBe("Chỉ tiêu 11–12%");
    const derived = target({ comparator: "approx", value: 245621.53, derived: true });
    expect(targetMarkLabel(derived, "en")).toBe("Target ≈ 245,621.53 bn VND (derived)");
  });

  it("keeps a bar's comparator and a short unit: 8.26%, > 230,000, −1.45 pp", () => {
    expect(barValueText("eq", 8.26, "percent", "en")).toBe("8.26%");
    expect(barValueText("eq", 8.26, "percent", "vi")).toBe("8,26%");
    expect(barValueText("gt", 230000, "bn_vnd", "en")).toBe("> 230,000");
    expect(barValueText("gt", 230000, "bn_vnd", "vi")).toBe("> 230.000");
    expect(barValueText("eq", -1.45, "pp", "en")).toBe("−1.45 pp");
  });

  it("names the part of the year a result covers", () => {
    expect(partLabel("2024-Q1", "en")).toBe("Q1 only");
    expect(partLabel("2024-Q1", "vi")).toBe("chỉ quý I");
    expect(partLabel("2024-10M", "en")).toBe("first 10 months only");
    expect(partLabel("2024-10M", "vi")).toBe("chỉ 10 tháng");
    expect(partLabel("2024", "vi")).toBe("Cả năm");
  });

  it("says where a verdict comes from, and a source that disagrees", () => {
    const base = {
      target: target({ comparator: "gte", value: 16.8, unit: "percent" }),
      progress: 55.36,
      disagreement: null,
    };
    expect(
      verdictDetail({ ...base, verdictBasis: "computed" } as unknown as Comparison, "en"),
    ).toBe("55.4% of target, computed from target and result");
    const stated = {
      ...base,
      verdictBasis: "stated",
      actual: { reported: { type: "pct_of_plan", value: 93.64 } },
    } as unknown as Comparison;
    expect(verdictDetail(stated, "en")).toBe("93.6% of plan, as the source states");
    expect(verdictDetail(stated, "vi")).toBe("93,6% kế hoạch, theo nguồn tin");
    const disagrees = { ...base, verdictBasis: "computed", disagreement: "exceeded" };
    expect(verdictDetail(disagrees as unknown as Comparison, "en")).toMatch(
      /computed from target and result; the source says: Exceeded$/,
    );
  });

  it("writes dates as a reader of the language does", () => {
    expect(readableDate("2024-01-06", "en")).toBe("6 January 2024");
    expect(readableDate("2024-01-06", "vi")).toBe("06/01/2024");
  });
});
