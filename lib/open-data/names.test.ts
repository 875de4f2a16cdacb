import { describe, expect, it } from "vitest";
import { withNames } from "./names";

const catalogue = {
  localities: new Map([["hai-ha", { nameEn: "Hai Ha", nameVi: "Hải Hà" }]]),
  indicators: new Map([
    [
      "income-per-capita",
      { nameEn: "Average income per person", nameVi: "Thu nhập bình quân đầu người" },
    ],
  ]),
};

describe("withNames", () => {
  it("names the locality with its diacritics and the indicator in the language asked for", () => {
    const rows = [{ locality: "hai-ha", indicator: "income-per-capita", value: 95.4 }];
    expect(withNames(rows, catalogue, "en")[0]).toEqual({
      ...rows[0],
      localityName: "Hải Hà",
      indicatorName: "Average income per person",
    });
    expect(withNames(rows, catalogue, "vi")[0]?.indicatorName).toBe("Thu nhập bình quân đầu người");
  });
  it("keeps the slug when the catalogue lacks it", () => {
    expect(withNames([{ locality: "x", indicator: "y" }], catalogue, "vi")[0]).toMatchObject({
      localityName: "x",
      indicatorName: "y",
    });
  });
});
