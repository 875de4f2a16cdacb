import { describe, expect, it } from "vitest";
import type { Basis } from "../domain/enums";
import type { Lang } from "../i18n/config";
import {
  drawnSeries,
  legendEntries,
  roleTexts,
  wellFormed,
} from "../../scripts/test-support/svg-parts";
import { chartPermalink, getChartImage } from "./chart-image";

// Real curated comparisons from the test database (DATABASE_URL=file:./data/test.db).
const DAY = new Date("2026-11-23T10:00:00Z");

async function svg(
  locality: string,
  indicator: string,
  year: number,
  lang: Lang,
  o: { basis?: Basis; siteUrl?: string } = {},
): Promise<string> {
  const q = { locality, indicator, year, basis: o.basis ?? "level", lang } as const;
  const img = await getChartImage({ ...q, format: "svg", size: "slide" }, DAY, o.siteUrl ?? "");
  if (!img || typeof img.body !== "string")
    throw new Error(`no image for ${locality} ${indicator}`);
  expect(wellFormed(img.body)).toBe(true);
  return img.body;
}

const line = (s: string, role: string) => roleTexts(s, role).join(" ");

/** What every image must hold, whatever it draws. */
function expectSelfExplaining(s: string, lang: Lang) {
  const legend = legendEntries(s);
  expect(legend.length).toBeGreaterThan(0);
  for (const e of legend) expect(drawnSeries(s), e.label).toContain(e.series);
  const sources = line(s, "source");
  expect(sources).toMatch(lang === "vi" ? /^Nguồn: / : /^Sources?: /);
  expect(sources).not.toContain("…");
  // Sources are named as a reader would: no internal ids ("web-hai-ha-2024-7m", "003_a07…").
  expect(sources).not.toMatch(/\bweb-[a-z0-9-]+|\b\d{3}_[0-9a-f]{8}/);
  expect(s).not.toContain("…");
}

describe("chart images of real comparisons", () => {
  it("Ninh Thuận 2024 budget revenue: round ticks, the target's value on the chart, exceeded", async () => {
    const en = await svg("ninh-thuan", "budget-revenue", 2024, "en");
    expectSelfExplaining(en, "en");
    expect(roleTexts(en, "status")).toEqual(["Exceeded"]);
    expect(roleTexts(en, "verdict")).toEqual(["123.8% of target, computed from target and result"]);
    expect(roleTexts(en, "tick")).toEqual(["0", "2,000", "4,000", "6,000"]);
    expect(roleTexts(en, "target-label")).toEqual(["Target ≈ 4,000 bn VND"]);
    expect(roleTexts(en, "value")).toEqual(["1,207", "2,411", "4,950"]);
    expect(roleTexts(en, "period")).toEqual(["Q1 only", "H1 only", "Full year"]);
    expect(legendEntries(en).map((e) => e.series)).toEqual(["result", "partial", "target"]);
    expect(line(en, "source")).toContain(
      "Ninh Thuận's main socio-economic targets for 2024, as restated by the provincial People's Committee (English press release), EIN Presswire, 6 January 2024",
    );

    const vi = await svg("ninh-thuan", "budget-revenue", 2024, "vi");
    expectSelfExplaining(vi, "vi");
    expect(roleTexts(vi, "status")).toEqual(["Vượt"]);
    expect(roleTexts(vi, "verdict")).toEqual(["123,8% chỉ tiêu, tính từ chỉ tiêu và kết quả"]);
    expect(roleTexts(vi, "tick")).toEqual(["0", "2.000", "4.000", "6.000"]);
    expect(roleTexts(vi, "target-label")).toEqual(["Chỉ tiêu ≈ 4.000 tỷ đồng"]);
    expect(roleTexts(vi, "period")).toEqual(["chỉ quý I", "chỉ 6 tháng đầu năm", "Cả năm"]);
    expect(roleTexts(vi, "unit")).toEqual(["tỷ đồng"]);
    expect(line(vi, "source")).toContain(
      "Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2024 của Ninh Thuận, theo UBND tỉnh (thông cáo tiếng Anh), EIN Presswire, 06/01/2024",
    );
  });

  it("Bình Xuyên 2023 total production value: missed at 93.6% of plan, as the source states", async () => {
    const en = await svg("binh-xuyen", "total-production-value", 2023, "en");
    expectSelfExplaining(en, "en");
    expect(roleTexts(en, "status")).toEqual(["Missed"]);
    expect(roleTexts(en, "verdict")).toEqual(["93.6% of plan, as the source states"]);
    expect(roleTexts(en, "value")).toEqual(["> 230,000"]);
    expect(roleTexts(en, "target-label")).toEqual(["Target ≈ 245,621.53 bn VND (derived)"]);
    // One full-year bar and a derived target: no entry for partial results.
    expect(legendEntries(en)).toEqual([
      { series: "result", label: "Full-year result" },
      { series: "target", label: "Target (derived)" },
    ]);
    expect(line(en, "source")).toBe(
      "Source: Bình Xuyên district's 2023 target scorecard and 2024 plans",
    );

    const vi = await svg("binh-xuyen", "total-production-value", 2023, "vi");
    expectSelfExplaining(vi, "vi");
    expect(roleTexts(vi, "status")).toEqual(["Không đạt"]);
    expect(roleTexts(vi, "verdict")).toEqual(["93,6% kế hoạch, theo nguồn tin"]);
    expect(roleTexts(vi, "value")).toEqual(["> 230.000"]);
    expect(roleTexts(vi, "target-label")).toEqual(["Chỉ tiêu ≈ 245.621,53 tỷ đồng (suy ra)"]);
    expect(line(vi, "source")).toBe(
      "Nguồn: Huyện Bình Xuyên: kết quả thực hiện các chỉ tiêu năm 2023 và định hướng năm 2024",
    );
  });

  it("Hải Hà 2024 total production value: five periods, the partial ones hatched and labelled", async () => {
    const en = await svg("hai-ha", "total-production-value", 2024, "en");
    expectSelfExplaining(en, "en");
    expect(roleTexts(en, "period")).toEqual([
      "H1 only",
      "first 7 months only",
      "first 8 months only",
      "first 10 months only",
      "Full year",
    ]);
    expect(roleTexts(en, "value")).toEqual([
      "> 19,658",
      "> 23,000",
      "> 26,700",
      "32,809.8",
      "> 37,000",
    ]);
    expect(roleTexts(en, "target-label")).toEqual(["Target > 36,000 bn VND"]);
    expect(roleTexts(en, "tick")).toEqual(["0", "10,000", "20,000", "30,000", "40,000"]);
    expect([...en.matchAll(/data-series="partial"/g)]).toHaveLength(4);
    expect(line(en, "source")).toMatch(
      /^Sources: Hải Hà district \(Quảng Ninh\): the 2024 targets restated and progress after seven months, Vietnam\.vn; /,
    );

    const vi = await svg("hai-ha", "total-production-value", 2024, "vi");
    expectSelfExplaining(vi, "vi");
    expect(roleTexts(vi, "status")).toEqual(["Đạt"]);
    expect(roleTexts(vi, "period")).toEqual([
      "chỉ 6 tháng đầu năm",
      "chỉ 7 tháng",
      "chỉ 8 tháng",
      "chỉ 10 tháng",
      "Cả năm",
    ]);
    expect(roleTexts(vi, "target-label")).toEqual(["Chỉ tiêu > 36.000 tỷ đồng"]);
    expect(line(vi, "source")).toContain(
      "Huyện Hải Hà (Quảng Ninh): kết quả năm 2024 trên đường trở thành huyện công nghiệp – dịch vụ, Vietnam.vn",
    );
  });

  it("Ninh Thuận 2024 GRDP growth: the target's band labelled with its range and unit", async () => {
    const en = await svg("ninh-thuan", "grdp-growth", 2024, "en");
    expectSelfExplaining(en, "en");
    expect(roleTexts(en, "target-label")).toEqual(["Target 11–12%"]);
    expect(roleTexts(en, "tick")).toEqual(["0", "5", "10", "15"]);
    expect(roleTexts(en, "value")).toEqual(["8.26%", "8.07%", "8.74%"]);
    expect(legendEntries(en).find((e) => e.series === "target")?.label).toBe("Target range");
    const vi = await svg("ninh-thuan", "grdp-growth", 2024, "vi");
    expect(roleTexts(vi, "target-label")).toEqual(["Chỉ tiêu 11–12%"]);
    expect(roleTexts(vi, "value")).toEqual(["8,26%", "8,07%", "8,74%"]);
  });

  it("a target without a result gets an image: the target alone, and no result in our sources", async () => {
    for (const [lang, note, label] of [
      ["en", "No result in our sources", "Target 43–45 mn VND per person"],
      ["vi", "Chưa có kết quả trong các nguồn", "Chỉ tiêu 43–45 triệu đồng/người"],
    ] as const) {
      const s = await svg("huong-hoa", "income-per-capita", 2024, lang);
      expectSelfExplaining(s, lang);
      expect(roleTexts(s, "note")).toEqual([note]);
      expect(roleTexts(s, "target-label")).toEqual([label]);
      expect(legendEntries(s).map((e) => e.series)).toEqual(["target"]);
      expect(roleTexts(s, "value")).toEqual([]);
    }
  });

  it("an interim flow: the result hatched as Q1 only, the elapsed share labelled at its marker", async () => {
    const en = await svg("ninh-thuan", "budget-revenue", 2025, "en");
    expectSelfExplaining(en, "en");
    expect(roleTexts(en, "status")).toEqual(["Behind"]);
    expect(roleTexts(en, "value")).toEqual(["Q1 only: 1,880 bn VND · 34.2% of target"]);
    expect(roleTexts(en, "elapsed-label")).toEqual(["25% of the year elapsed"]);
    expect(roleTexts(en, "target-label")).toEqual(["Target ≈ 5,497.08 bn VND (derived)"]);
    const vi = await svg("ninh-thuan", "budget-revenue", 2025, "vi");
    expect(roleTexts(vi, "value")).toEqual(["Chỉ quý I: 1.880 tỷ đồng · 34,2% chỉ tiêu"]);
    expect(roleTexts(vi, "elapsed-label")).toEqual(["Đã qua 25% năm"]);
  });

  it("says when the verdict rests on a doubtful figure", async () => {
    const en = await svg("ninh-thuan", "new-rural-communes", 2024, "en", { basis: "share" });
    expect(roleTexts(en, "warning")).toEqual(["doubtful figure"]);
    const vi = await svg("ninh-thuan", "new-rural-communes", 2024, "vi", { basis: "share" });
    expect(roleTexts(vi, "warning")).toEqual(["số liệu đáng ngờ"]);
  });

  it("prints the permalink with SITE_URL when set, else the canonical path alone", async () => {
    const path = "/vi/localities/hai-ha/2024#cmp-hai-ha-total-production-value-2024-level";
    const bare = await svg("hai-ha", "total-production-value", 2024, "vi");
    expect(line(bare, "permalink")).toBe(`Liên kết: ${path}`);
    const site = await svg("hai-ha", "total-production-value", 2024, "en", {
      siteUrl: "https://chitieu.example.org/",
    });
    expect(line(site, "permalink")).toBe(
      `Link: https://chitieu.example.org${path.replace("/vi/", "/en/")}`,
    );
    const q = {
      lang: "en",
      locality: "binh-xuyen",
      indicator: "x",
      year: 2023,
      basis: "level",
    } as const;
    expect(chartPermalink(q, "")).toBe(
      "/en/localities/binh-xuyen/2023#cmp-binh-xuyen-x-2023-level",
    );
  });

  it("renders the PNG from the same SVG, and has no image only for a comparison that does not exist", async () => {
    const q = { locality: "huong-hoa", indicator: "income-per-capita", year: 2024 } as const;
    const png = await getChartImage(
      { ...q, basis: "level", lang: "vi", format: "png", size: "document" },
      DAY,
      "",
    );
    const body = png?.body as Buffer;
    expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(body.readUInt32BE(16)).toBe(1920);
    expect(body.readUInt32BE(20)).toBeGreaterThanOrEqual(1280);
    const none = await getChartImage(
      { ...q, basis: "share", lang: "vi", format: "svg", size: "slide" },
      DAY,
      "",
    );
    expect(none).toBeNull();
  });
});
