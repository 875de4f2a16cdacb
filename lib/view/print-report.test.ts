import { describe, expect, it } from "vitest";
import { getLocalityPage } from "../data/locality";
import { localityView } from "./locality-view";
import { printedFilters, printedUrl, printSources } from "./print-report";

// Against the real test database (npm test loads data/test.db with the curated seeds).
async function view(slug: string, year: number, lang: "en" | "vi", status?: "missed") {
  const page = await getLocalityPage(slug, year);
  if (!page) throw new Error(`${slug} missing`);
  return localityView(page, { year, status }, lang);
}

describe("a locality-year printed as a report", () => {
  it("names its address at the year it shows, absolute when SITE_URL is set", async () => {
    const v = await view("ninh-thuan", 2024, "vi");
    expect(printedUrl(v, {}, "vi", "")).toBe("/vi/localities/ninh-thuan/2024");
    expect(printedUrl(v, { status: "missed" }, "vi", "https://chitieu.example/")).toBe(
      "https://chitieu.example/vi/localities/ninh-thuan/2024.missed",
    );
    expect(printedFilters(v)).toEqual([]);
    expect(printedFilters(await view("ninh-thuan", 2024, "vi", "missed"))).toEqual(["Không đạt"]);
  });

  it("lists Ninh Thuận 2024's sources with the quotes used from each article", async () => {
    const v = await view("ninh-thuan", 2024, "vi");
    const sources = printSources(v.data!, "vi", "");
    const meeting = sources.find((s) => s.id === "004_43cb72f90d74341f");
    expect(meeting).toMatchObject({
      type: "article",
      title:
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh Ninh Thuận lần thứ 18 đề ra các chỉ tiêu năm 2024",
      publishedOn: "2023-12-08",
      url: null,
      page: "/vi/sources/004_43cb72f90d74341f",
    });
    // Article 004 (in Thai): 18 figures, each from its own sentence, the growth target first.
    expect(meeting?.quotes).toHaveLength(18);
    expect(meeting?.quotes[0]).toMatchObject({
      text: "มุ่งหวังให้อัตราการเติบโตของ GRDP อยู่ที่ 11-12%",
      language: "th",
    });
    const web = sources.find((s) => s.id === "web-ninh-thuan-2024-results-kinhtevadoisong");
    expect(web).toMatchObject({
      type: "web",
      publisher: "Kinh tế và Đời sống",
      url: "https://kinhtevadoisong.vn/ninh-thuan-nam-2024-tang-truong-dat-874-dung-thu-414-tinh-khu-vuc-va-1663-tinh-thanh-a196805.html",
      retrievedOn: "2026-11-26",
      quotes: [],
    });
    // Articles first, as the page lists them (by id).
    expect(sources[0]?.id).toBe("001_94520d198d9ed722");
  });

  it("quotes each of Hải Hà's sentences once, though figures share them", async () => {
    const v = await view("hai-ha", 2024, "en");
    const article = printSources(v.data!, "en", "").find((s) => s.id === "003_a07391bbfb521831");
    // 30 figures from article 003 in 2024, from 19 sentences.
    expect(article?.quotes).toHaveLength(19);
    expect(new Set(article?.quotes.map((q) => q.text)).size).toBe(19);
    expect(article?.quotes.map((q) => q.text)).toContain(
      "Der Bezirk Hai Ha strebt einen Gesamtproduktionswert von mehr als 36.000 Milliarden VND an",
    );
  });

  it("cites only the sources of the figures a filtered view shows", async () => {
    const all = printSources((await view("ninh-thuan", 2024, "en")).data!, "en", "");
    const missed = printSources((await view("ninh-thuan", 2024, "en", "missed")).data!, "en", "");
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.length).toBeLessThanOrEqual(all.length);
    const quotes = (s: typeof all) => s.reduce((n, x) => n + x.quotes.length, 0);
    expect(quotes(missed)).toBeLessThan(quotes(all));
  });
});
