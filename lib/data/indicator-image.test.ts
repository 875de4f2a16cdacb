import { describe, expect, it } from "vitest";
import type { Lang } from "../i18n/config";
import { drawnSeries, legendEntries, roleTexts } from "../../scripts/test-support/svg-parts";
import {
  expectSelfExplaining,
  row,
  rows,
  svgOf,
  text,
} from "../../scripts/test-support/view-image-parts";
import { getIndicatorImage } from "./chart-image";

// Real curated comparisons from the test database (DATABASE_URL=file:./data/test.db).
const DAY = new Date("2026-11-23T10:00:00Z");
const across = async (indicator: string, year: number, lang: Lang) =>
  svgOf(
    await getIndicatorImage(
      { view: "indicator", indicator, year, page: 1, lang, format: "svg", size: "slide" },
      DAY,
      "",
    ),
  );

describe("an indicator across localities as one image", () => {
  it("budget revenue 2024: a bar pair per locality, Ninh Thuận's 4,950 exceeded", async () => {
    const vi = await across("budget-revenue", 2024, "vi");
    expectSelfExplaining(vi, "vi");
    expect(text(vi, "title")).toBe(
      "Thu ngân sách nhà nước trên địa bàn năm 2024: chỉ tiêu và kết quả theo địa phương",
    );
    // One row per comparison, by basis (each on its own scale), localities in the page's order.
    expect(rows(vi).map((r) => r.id)).toEqual([
      "ninh-thuan-level",
      "huong-hoa-level",
      "ninh-thuan-yoy_pct",
      "hai-ha-pct_of_plan",
    ]);
    expect(roleTexts(vi, "group")).toEqual([
      "Đơn vị: tỷ đồng",
      "So với cùng kỳ · Đơn vị: %",
      "% kế hoạch · Đơn vị: %",
    ]);
    const nt = row(vi, "ninh-thuan-level");
    expect(text(nt, "row-name")).toBe("Ninh Thuận");
    expect(text(nt, "target-text")).toBe("Chỉ tiêu khoảng 4.000 tỷ đồng");
    expect(text(nt, "result-text")).toBe("Kết quả 4.950 tỷ đồng · 123,8% chỉ tiêu");
    expect(text(nt, "result-text")).toContain("4.950");
    expect(roleTexts(nt, "verdict")).toEqual(["Vượt"]);
    expect(drawnSeries(nt)).toEqual(new Set(["target", "result"]));
    const hh = row(vi, "huong-hoa-level");
    expect(text(hh, "result-text")).toBe("Chưa có kết quả trong các nguồn");
    expect(roleTexts(hh, "verdict")).toEqual(["Chưa có kết quả"]);
    expect(roleTexts(vi, "tick").slice(0, 4)).toEqual(["0", "2.000", "4.000", "6.000"]);
    // Only full-year results and plain targets are drawn: no entry for ranges or part-years.
    expect(legendEntries(vi)).toEqual([
      { series: "target", label: "Chỉ tiêu" },
      { series: "result", label: "Kết quả cả năm" },
    ]);
    expect(text(vi, "tally")).toBe("Vượt: 1 Chưa có kết quả: 2 Không có chỉ tiêu: 1");
    expect(text(vi, "source")).toContain(
      "Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2024 của Ninh Thuận, theo UBND tỉnh (thông cáo tiếng Anh), EIN Presswire, 06/01/2024",
    );
    expect(text(vi, "permalink")).toBe("Liên kết: /vi/indicators/budget-revenue/2024#across");

    const en = await across("budget-revenue", 2024, "en");
    expectSelfExplaining(en, "en");
    expect(text(en, "title")).toBe("State budget revenue 2024: targets and results by locality");
    const ntEn = row(en, "ninh-thuan-level");
    expect(text(ntEn, "result-text")).toBe("Result 4,950 bn VND · 123.8% of target");
    expect(roleTexts(ntEn, "verdict")).toEqual(["Exceeded"]);
  });

  it("ranges and part-year results get their own legend entries when drawn", async () => {
    const vi = await across("poverty-rate", 2024, "vi");
    expectSelfExplaining(vi, "vi");
    expect(legendEntries(vi).map((e) => e.series)).toEqual([
      "target",
      "target-range",
      "result",
      "partial",
    ]);
    expect(text(row(vi, "ninh-thuan-pp_change"), "target-text")).toBe(
      "Chỉ tiêu −2 đến −1,5 điểm %",
    );
  });

  it("names the file, renders the PNG at 2×, and has no image for a year with no figures", async () => {
    const q = { view: "indicator", indicator: "budget-revenue", year: 2024, page: 1 } as const;
    const png = await getIndicatorImage(
      { ...q, lang: "en", format: "png", size: "document" },
      DAY,
      "",
    );
    const body = png?.body as Buffer;
    expect(body.readUInt32BE(16)).toBe(1920);
    expect(body.readUInt32BE(20)).toBeGreaterThanOrEqual(1280);
    expect(png?.filename).toBe("budget-revenue_2024_localities_en_document.png");
    const slide = { ...q, lang: "en", format: "svg", size: "slide" } as const;
    expect((await getIndicatorImage(slide, DAY, ""))?.filename).toBe(
      "budget-revenue_2024_localities_en.svg",
    );
    expect(await getIndicatorImage({ ...slide, year: 2019 }, DAY, "")).toBeNull();
    expect(await getIndicatorImage({ ...slide, page: 2 }, DAY, "")).toBeNull();
    expect(await getIndicatorImage({ ...slide, indicator: "no-such" }, DAY, "")).toBeNull();
  });
});
