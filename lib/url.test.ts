import { describe, expect, it } from "vitest";
import { inLang, viewHref } from "./url";

describe("viewHref", () => {
  it("orders params and drops empty ones", () => {
    expect(viewHref("/en/localities/hai-ha", { category: "economy", year: 2024, status: "" })).toBe("/en/localities/hai-ha?year=2024&category=economy");
    expect(viewHref("/vi", {})).toBe("/vi");
  });
  it("switches language keeping the path", () => {
    expect(inLang("/en/localities/hai-ha", "vi")).toBe("/vi/localities/hai-ha");
    expect(inLang("/en", "vi")).toBe("/vi");
    expect(inLang("/envelope", "vi")).toBe("/envelope");
  });
});
