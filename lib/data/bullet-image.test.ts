import { describe, expect, it } from "vitest";
import type { Lang } from "../i18n/config";
import { bulletRows } from "../charts/bullet-data";
import { localityView } from "../view/locality-view";
import { drawnSeries, legendEntries, roleTexts } from "../../scripts/test-support/svg-parts";
import {
  expectSelfExplaining,
  row,
  rows,
  svgOf,
  text,
} from "../../scripts/test-support/view-image-parts";
import { getBulletImage } from "./chart-image";
import { getLocalityPage } from "./locality";

// Real curated comparisons from the test database (DATABASE_URL=file:./data/test.db).
const DAY = new Date("2026-11-23T10:00:00Z");
const bullet = async (locality: string, year: number, lang: Lang, siteUrl = "") =>
  svgOf(
    await getBulletImage(
      { view: "bullet", locality, year, lang, format: "svg", size: "slide" },
      DAY,
      siteUrl,
    ),
  );

describe("the locality-year bullet chart as one image", () => {
  it("Ninh Thuận 2024: the page's heading and every row the page shows, in its order", async () => {
    const page = await getLocalityPage("ninh-thuan", 2024);
    for (const [lang, heading, none, budget] of [
      [
        "vi",
        "Ninh Thuận 2024: 5/7 chỉ tiêu đạt",
        "Chưa có kết quả trong các nguồn",
        "Chỉ tiêu khoảng 4.000 tỷ đồng · Kết quả 4.950 tỷ đồng · 123,8% chỉ tiêu",
      ],
      [
        "en",
        "Ninh Thuận 2024: 5 of 7 targets met",
        "No result in our sources",
        "Target about 4,000 bn VND · Result 4,950 bn VND · 123.8% of target",
      ],
    ] as const) {
      const s = await bullet("ninh-thuan", 2024, lang);
      expectSelfExplaining(s, lang);
      expect(text(s, "title")).toBe(heading);
      // The page's rows: its bullet chart draws bulletRows of the view's comparisons.
      const v = localityView(page!, { year: 2024 }, lang);
      const shown = bulletRows(v.data!.shown, v.data!.raw.indicators, lang);
      expect(shown).toHaveLength(29); // more than 24: the canvas grows, no row is dropped
      expect(rows(s).map((r) => r.id)).toEqual(shown.map((r) => r.id));
      const noResult = rows(s).filter((r) => text(r.svg, "row-numbers").includes(none));
      expect(noResult).toHaveLength(16);
      expect(text(s, "tally")).toContain(lang === "vi" ? "Chưa có kết quả: 16" : "No result: 16");
      const revenue = row(s, "bullet-budget-revenue-level");
      expect(text(revenue, "row-numbers")).toBe(budget);
      expect(roleTexts(revenue, "verdict")).toEqual([lang === "vi" ? "Vượt" : "Exceeded"]);
      expect(drawnSeries(revenue)).toEqual(new Set(["result", "target"]));
      // An interim flow: hatched, with the expected-by-now marker, "as the source states".
      const jobs = row(s, "bullet-new-jobs-level");
      expect(roleTexts(jobs, "verdict")).toEqual([lang === "vi" ? "Chậm tiến độ" : "Behind"]);
      expect(roleTexts(jobs, "verdict-note")).toEqual([
        lang === "vi" ? "theo nguồn tin" : "as the source states",
      ]);
      expect(drawnSeries(jobs)).toEqual(new Set(["partial", "expected", "target-derived"]));
      // A mirrored row says so under its name.
      expect(text(row(s, "bullet-poverty-rate-pp_change"), "row-mirrored")).toBe(
        lang === "vi" ? "càng thấp càng tốt" : "lower is better",
      );
    }
    const vi = await bullet("ninh-thuan", 2024, "vi");
    expect(text(vi, "source")).toContain(
      "Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2024 của Ninh Thuận, theo UBND tỉnh (thông cáo tiếng Anh), EIN Presswire, 06/01/2024",
    );
    expect(text(vi, "permalink")).toBe("Liên kết: /vi/localities/ninh-thuan/2024#bullet");
    expect(text(vi, "exported")).toBe("Xuất ngày 23/11/2026 từ Chỉ tiêu");
  });

  it("Bình Xuyên 2023: a legend entry for each mark drawn, and none for the others", async () => {
    const en = await bullet("binh-xuyen", 2023, "en", "https://chitieu.example.org/");
    expectSelfExplaining(en, "en");
    expect(text(en, "title")).toBe("Bình Xuyên 2023: 1 of 3 targets met");
    expect(legendEntries(en)).toEqual([
      { series: "target", label: "target" },
      { series: "target-open", label: "at least / more than" },
      { series: "target-derived", label: "target derived from the stated outcome" },
      { series: "result", label: "result" },
    ]);
    // A stated outcome with no target draws nothing; its words and verdict are there.
    const revenue = row(en, "bullet-budget-revenue-level");
    expect(text(revenue, "row-numbers")).toBe("No numeric target · Result about 3,400 bn VND");
    expect(roleTexts(revenue, "verdict")).toEqual(["Exceeded"]);
    expect(drawnSeries(revenue).size).toBe(0);
    expect(text(en, "permalink")).toBe(
      "Link: https://chitieu.example.org/en/localities/binh-xuyen/2023#bullet",
    );
  });

  it("renders the PNG at 2× and grows it to the rows; names the file; null without rows", async () => {
    const q = { view: "bullet", locality: "ninh-thuan", year: 2024, lang: "vi" } as const;
    const png = await getBulletImage({ ...q, format: "png", size: "slide" }, DAY, "");
    const body = png?.body as Buffer;
    expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(body.readUInt32BE(16)).toBe(2560);
    expect(body.readUInt32BE(20)).toBeGreaterThan(1440 * 2);
    expect(png?.filename).toBe("ninh-thuan_2024_bullet_vi.png");
    const doc = await getBulletImage({ ...q, format: "svg", size: "document" }, DAY, "");
    expect(doc?.filename).toBe("ninh-thuan_2024_bullet_vi_document.svg");
    expect(doc?.body).toMatch(/^<svg [^>]*width="960"/);
    expect(doc?.body).toContain("@font-face{font-family:'Noto Sans'");
    const none = { ...q, format: "svg", size: "slide" } as const;
    expect(await getBulletImage({ ...none, year: 2019 }, DAY, "")).toBeNull();
    expect(await getBulletImage({ ...none, locality: "atlantis" }, DAY, "")).toBeNull();
  });
});
