import { describe, expect, it } from "vitest";
import { getIndicatorPage } from "../data/indicator";
import { indicatorView } from "./indicator-view";

// Against the real test database (npm test loads data/test.db with the curated seeds).
describe("the indicator page's view model", () => {
  it("sets 2024 budget revenue across localities: Ninh Thuận's 4,950 bn VND against 4,000 exceeded", async () => {
    const page = await getIndicatorPage("budget-revenue", 2024, 1);
    if (!page) throw new Error("budget-revenue missing");
    const v = indicatorView(page, "vi");
    expect(v.name).toBe("Thu ngân sách nhà nước trên địa bàn");
    expect(v.years.find((y) => y.current)?.href).toBe("/vi/indicators/budget-revenue/2024");
    const ninhThuan = v.charted.find((c) => c.locality === "ninh-thuan" && c.basis === "level");
    expect(ninhThuan).toMatchObject({
      status: "exceeded",
      target: { value: 4000 },
      actual: { value: 4950 },
    });
    expect(v.names.get("ninh-thuan")).toBe("Ninh Thuận");
  });
});
