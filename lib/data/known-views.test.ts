import { describe, expect, it } from "vitest";
import { isKnownView } from "./known-views";

// The curated test database (DATABASE_URL=file:./data/test.db): four provinces, four districts,
// figures for 2021–2025.
describe("isKnownView", () => {
  it("knows the curated localities, indicators, years and sources", async () => {
    expect(await isKnownView({ locality: "hai-ha", year: 2024 })).toBe(true);
    expect(await isKnownView({ locality: "ninh-thuan" })).toBe(true);
    expect(await isKnownView({ indicator: "budget-revenue", year: 2023 })).toBe(true);
    expect(await isKnownView({ source: "001_94520d198d9ed722" })).toBe(true);
    expect(await isKnownView({ year: 2024, page: { of: "overview", n: 1 } })).toBe(true);
  });
  it("refuses a made-up slug, year, source or page number", async () => {
    expect(await isKnownView({ locality: "hai-ha-made-up", year: 2024 })).toBe(false);
    expect(await isKnownView({ locality: "hai-ha", year: 1999 })).toBe(false);
    expect(await isKnownView({ indicator: "made-up", year: 2024 })).toBe(false);
    expect(await isKnownView({ source: "999_made_up" })).toBe(false);
    // Four provinces at eight a page: one overview page; eight localities at fifty: one.
    expect(await isKnownView({ year: 2024, page: { of: "overview", n: 2 } })).toBe(false);
    expect(
      await isKnownView({ indicator: "budget-revenue", page: { of: "indicator", n: 2 } }),
    ).toBe(false);
  });
});
