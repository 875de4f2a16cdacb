import { describe, expect, it } from "vitest";
import { switchLangHref, viewHref } from "./url";

describe("viewHref", () => {
  it("orders params and drops empty ones", () => {
    expect(viewHref("/en/localities/hai-ha", { category: "economy", year: 2024, status: "" })).toBe("/en/localities/hai-ha?year=2024&category=economy");
    expect(viewHref("/vi", {})).toBe("/vi");
  });
  it("switches language keeping the view", () => {
    expect(switchLangHref("/en/localities/hai-ha", "vi", { year: 2024 })).toBe("/vi/localities/hai-ha?year=2024");
    expect(switchLangHref("/en", "vi", {})).toBe("/vi");
  });
});
