import { describe, expect, it } from "vitest";
import type { Comparison } from "../domain/types";
import { figureRelations, flattenFigure, OPEN_FIGURE_COLUMNS, toOpenFigure } from "./figure-row";

const comparison = (actual: string, others: Comparison["others"]) =>
  ({ actual: { figureId: actual }, others }) as unknown as Comparison;

describe("figureRelations", () => {
  it("marks replaced reports superseded by the chosen one, and disagreement both ways", () => {
    // Hướng Hóa's 2022 income: 43.05 (Party committee) against 42.9 million VND (xanhx.vn).
    const relations = figureRelations([
      comparison("b401b958e1113a37", [{ figureId: "60cb537d3d4459b8", relation: "disagrees" }]),
      comparison("0dd23437d59f6066", [{ figureId: "80e0ec7a1be8b240", relation: "superseded" }]),
      { actual: null, others: [] } as unknown as Comparison,
    ]);
    expect(relations.get("b401b958e1113a37")).toEqual({
      supersededBy: [],
      disagreesWith: ["60cb537d3d4459b8"],
    });
    expect(relations.get("60cb537d3d4459b8")?.disagreesWith).toEqual(["b401b958e1113a37"]);
    expect(relations.get("80e0ec7a1be8b240")?.supersededBy).toEqual(["0dd23437d59f6066"]);
    expect(relations.has("0dd23437d59f6066")).toBe(false);
  });
});

describe("flattenFigure", () => {
  it("writes the flag in two columns and id lists space-separated", () => {
    const figure = toOpenFigure(
      {
        id: "4b38915d752c96dc",
        localitySlug: "hai-ha",
        indicatorSlug: "import-export-turnover",
        period: "2024-H1",
        year: 2024,
        kind: "actual",
        comparator: "eq",
        value: 33796,
        min: null,
        max: null,
        unit: "mn_usd",
        basis: "level",
        outOf: null,
        outcomeType: null,
        outcomeValue: null,
        estimated: false,
        sourceId: "003_a07391bbfb521831",
        quote: "33.796 Millionen USD",
        gloss: "import-export turnover of 33,796 million USD",
        note: null,
        glossVi: "kim ngạch xuất nhập khẩu 33.796 triệu USD",
        noteVi: null,
        location: null,
        flagReason: "Implausible magnitude",
        flagReasonVi: "Độ lớn không hợp lý",
        source: { language: "de", type: "article", url: null, authority: null },
      },
      new Map([["4b38915d752c96dc", { supersededBy: [], disagreesWith: ["x1", "x2"] }]]),
    );
    expect(figure.flag).toEqual({
      reason: "Implausible magnitude",
      reasonVi: "Độ lớn không hợp lý",
    });
    const flat = flattenFigure({ ...figure, localityName: "Hải Hà", indicatorName: "Kim ngạch" });
    expect(Object.keys(flat).sort()).toEqual([...OPEN_FIGURE_COLUMNS].sort());
    expect(flat).toMatchObject({
      flag_reason: "Implausible magnitude",
      flag_reason_vi: "Độ lớn không hợp lý",
      disagreesWith: "x1 x2",
      supersededBy: "",
      localityName: "Hải Hà",
    });
  });
});
