import { describe, expect, it } from "vitest";
import { getLocalityPage } from "../data/locality";
import type { Lang } from "../i18n/config";
import { messages } from "../i18n/messages";
import { localityName } from "../i18n/names";
import { publicUrl } from "../site-url";
import { chartAnchor, chartPath, citationText, dataAsOf, embedCode, embedPath } from "./citation";
import { comparisonTitle, figuresOf } from "./comparison-view";

// Against the real test database (npm test loads data/test.db with the curated seeds).
async function chart(slug: string, year: number, indicator: string, lang: Lang) {
  const page = await getLocalityPage(slug, year);
  const data = page?.data;
  const c = data?.comparisons.find((x) => x.indicator === indicator && x.basis === "level");
  const detail = data?.indicators.find((i) => i.slug === indicator);
  if (!page || !data || !c || !detail) throw new Error(`${slug} ${year} ${indicator} missing`);
  return {
    c,
    title: comparisonTitle(c, detail, lang),
    place: localityName(page.locality, lang),
    asOf: dataAsOf(figuresOf(c, data.figures, detail)),
  };
}

// 26 November 2026, midday on the reader's clock: the access date is the reader's own day.
const ACCESSED = new Date(2026, 10, 26, 12);
const SITE = "https://chitieu.example/";

describe("a chart's citation", () => {
  it("cites Hải Hà's 2024 total production value in English, with no dated source", async () => {
    const h = await chart("hai-ha", 2024, "total-production-value", "en");
    // Target more than 36,000 bn VND, result more than 37,000 bn VND: achieved.
    expect(h.c).toMatchObject({
      status: "achieved",
      target: { comparator: "gt", value: 36000 },
      actual: { comparator: "gt", value: 37000, period: "2024" },
    });
    expect(chartAnchor(h.c)).toBe("cmp-hai-ha-total-production-value-2024-level");
    const path = chartPath(h.c, "en");
    expect(path).toBe("/en/localities/hai-ha/2024#cmp-hai-ha-total-production-value-2024-level");
    // Its five sources (the interview, the 7-month, 8-month, 10-month and full-year pages) carry no date.
    expect(h.asOf).toBeNull();
    const url = publicUrl(path, SITE);
    expect(
      citationText({ ...h, year: h.c.year, url, lang: "en" }, messages("en").share, ACCESSED),
    ).toBe(
      "Chỉ tiêu (2026). Total production value, Hải Hà, 2024. " +
        "https://chitieu.example/en/localities/hai-ha/2024#cmp-hai-ha-total-production-value-2024-level. " +
        "No dated source. Accessed 26 November 2026.",
    );
  });

  it("cites it in Vietnamese, with the path alone when SITE_URL is not set", async () => {
    const h = await chart("hai-ha", 2024, "total-production-value", "vi");
    const url = publicUrl(chartPath(h.c, "vi"), "");
    expect(
      citationText({ ...h, year: h.c.year, url, lang: "vi" }, messages("vi").share, ACCESSED),
    ).toBe(
      "Chỉ tiêu (2026). Tổng giá trị sản xuất, Hải Hà, 2024. " +
        "/vi/localities/hai-ha/2024#cmp-hai-ha-total-production-value-2024-level. " +
        "Không có nguồn nào ghi ngày đăng. Truy cập ngày 26/11/2026.",
    );
  });

  it("gives the latest date among the sources: Hướng Hóa's 2023 State budget revenue, data as of 27 February 2024", async () => {
    const en = await chart("huong-hoa", 2023, "budget-revenue", "en");
    expect(en.asOf).toBe("2024-02-27");
    const url = publicUrl(chartPath(en.c, "en"), SITE);
    expect(
      citationText({ ...en, year: 2023, url, lang: "en" }, messages("en").share, ACCESSED),
    ).toBe(
      "Chỉ tiêu (2026). State budget revenue, Hướng Hóa, 2023. " +
        "https://chitieu.example/en/localities/huong-hoa/2023#cmp-huong-hoa-budget-revenue-2023-level. " +
        "Data as of 2024-02-27. Accessed 26 November 2026.",
    );
    const vi = await chart("huong-hoa", 2023, "budget-revenue", "vi");
    expect(
      citationText({ ...vi, year: 2023, url: "/x", lang: "vi" }, messages("vi").share, ACCESSED),
    ).toContain("Dữ liệu tính đến ngày 27/02/2024. Truy cập ngày 26/11/2026.");
  });

  it("leaves the access year and date out of the cached server render", async () => {
    const h = await chart("hai-ha", 2024, "total-production-value", "en");
    expect(
      citationText({ ...h, year: 2024, url: "/p", lang: "en" }, messages("en").share, null),
    ).toBe("Chỉ tiêu. Total production value, Hải Hà, 2024. /p. No dated source.");
  });

  it("takes the latest of several publication dates, and ignores undated ones", () => {
    expect(
      dataAsOf([
        { publishedOn: "2023-12-08" },
        { publishedOn: null },
        { publishedOn: "2024-01-06" },
      ]),
    ).toBe("2024-01-06");
    expect(dataAsOf([])).toBeNull();
  });
});

describe("a chart's embed code", () => {
  it("frames the chart's embed page, its title escaped as an attribute", async () => {
    const h = await chart("hai-ha", 2024, "total-production-value", "en");
    const path = embedPath(h.c, "en");
    expect(path).toBe("/embed/en/hai-ha/total-production-value/2024/level");
    expect(embedCode(publicUrl(path, SITE), `${h.title} — ${h.place}, 2024`)).toBe(
      '<iframe src="https://chitieu.example/embed/en/hai-ha/total-production-value/2024/level" ' +
        'title="Total production value — Hải Hà, 2024" width="100%" height="560" style="border:0" ' +
        'loading="lazy"></iframe>',
    );
    expect(embedCode("/e", 'A "quoted" <b>&</b>')).toContain(
      'title="A &quot;quoted&quot; &lt;b&gt;&amp;&lt;/b&gt;"',
    );
  });
});
