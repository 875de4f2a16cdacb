import { describe, expect, it } from "vitest";
import { getLocalityPage } from "./locality";

// The curated test database (DATABASE_URL=file:./data/test.db).
describe("getLocalityPage", () => {
  it("lists a scorecard two reports give (article 002 and its vietnam.vn copy) once", async () => {
    const page = await getLocalityPage("binh-xuyen", 2023);
    const cards = (page?.data?.sourceScorecards ?? []).map(
      (f) => `${f.indicatorSlug} ${f.value}/${f.outOf}`,
    );
    // Party-building targets: "all met" (100 %), stated without a count.
    expect(cards.sort()).toEqual([
      "party-building-targets-met 100/null",
      "socio-economic-targets-met 16/18",
      "targets-met 30/32",
    ]);
  });
});
