import { describe, expect, it } from "vitest";
import { getLocalityPage } from "../data/locality";
import { localityView } from "./locality-view";

// Against the real test database (npm test loads data/test.db with the curated seeds).
describe("the locality page's view model", () => {
  it("opens Hải Hà on 2024 with verdicts, its province, and filters that keep the view", async () => {
    const page = await getLocalityPage("hai-ha", undefined);
    if (!page) throw new Error("hai-ha missing");
    const v = localityView(page, {}, "en");
    expect(v.year).toBe(2024);
    expect(v.parent).toEqual({
      key: "quang-ninh",
      name: "Quảng Ninh",
      href: "/en/localities/quang-ninh",
    });
    expect(v.data?.counts).toMatchObject({ exceeded: 3, achieved: 1, missed: 1, on_track: 6 });
    const missed = v.filters.statuses.find((o) => o.key === "missed");
    expect(missed?.href).toBe("/en/localities/hai-ha/2024.missed");
    const production = v.data?.sections
      .find((s) => s.category === "economy")
      ?.comparisons.find((c) => c.indicator === "total-production-value" && c.basis === "level");
    expect(production).toMatchObject({
      status: "achieved",
      target: { comparator: "gt", value: 36000 },
      actual: { comparator: "gt", value: 37000, period: "2024" },
    });
  });

  it("speaks Vietnamese on /vi: names, source titles and category labels", async () => {
    const page = await getLocalityPage("ninh-thuan", 2024);
    if (!page) throw new Error("ninh-thuan missing");
    const v = localityView(page, { status: "missed" }, "vi");
    expect(v.levelLabel).toBe("Tỉnh");
    expect(v.children.map((c) => c.name)).toEqual(["Bác Ái"]);
    expect(v.data?.sources.some((s) => /Ninh Thuận/.test(s.name))).toBe(true);
    expect(v.data?.shown.every((c) => c.status === "missed")).toBe(true);
    expect(v.filters.statuses.find((o) => o.current)?.label).toBe("Không đạt");
  });
});
