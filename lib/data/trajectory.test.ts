import { describe, expect, it, vi } from "vitest";
import { getLocalityTrajectories } from "./trajectory";

// Read from data/test.db (the curated seeds). The mock stands in for the `server-only` guard.
vi.mock("server-only", () => ({}));
vi.hoisted(() => {
  process.env.DATABASE_URL ??= "file:./data/test.db";
});

describe("getLocalityTrajectories on the curated data", () => {
  it("gives Ninh Thuận's poverty-rate change year by year, oldest first", async () => {
    const all = await getLocalityTrajectories("ninh-thuan");
    const years = all.get("poverty-rate|pp_change") ?? [];
    expect(years.map((c) => [c.year, c.status, c.interim])).toEqual([
      [2022, "exceeded", false],
      [2023, "achieved", false],
      // The 2024 target (−2 to −1.5 pp) stands; its 10-month result is interim.
      [2024, "behind", true],
    ]);
    expect(years[0]).toMatchObject({
      target: { comparator: "eq", value: -1.5, unit: "pp" },
      actual: { value: -1.89, period: "2022" },
    });
    expect(years[1]).toMatchObject({
      target: { comparator: "range", min: -2, max: -1.5 },
      actual: { value: -1.72, period: "2023" },
    });
    expect(years[2]?.target).toMatchObject({ comparator: "range", min: -2, max: -1.5 });
  });

  it("leaves out years with only an interim result and no full-year target", async () => {
    const all = await getLocalityTrajectories("ninh-thuan");
    for (const list of all.values())
      for (const c of list) expect(c.interim ? c.target?.period : "FY").toMatch(/^(\d{4}|FY)$/);
    expect(all.get("budget-revenue|level")?.map((c) => c.year)).toEqual([2023, 2024, 2025]);
  });
});
