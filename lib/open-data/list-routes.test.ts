import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

// The real test database (scripts/test.sh seeds it with the curated data).
vi.hoisted(() => {
  process.env.DATABASE_URL ??= "file:./data/test.db";
});

import { openComparisons } from "../data/open-comparisons";
import { openFigures } from "../data/open-figures";
import { flattenComparison, OPEN_COMPARISON_COLUMNS } from "./comparison-row";
import { flattenFigure, OPEN_FIGURE_COLUMNS } from "./figure-row";
import { csvListRoute, jsonListRoute } from "./list-routes";

type Row = Record<string, unknown>;
const get = (handler: (r: NextRequest) => Promise<Response>, path: string) =>
  handler(new NextRequest(`http://localhost${path}`));
const figuresJson = jsonListRoute(openFigures);
const comparisonsJson = jsonListRoute(openComparisons);
const figuresCsv = csvListRoute(openFigures, {
  columns: OPEN_FIGURE_COLUMNS,
  toRow: flattenFigure,
  name: () => "figures.csv",
});
const comparisonsCsv = csvListRoute(openComparisons, {
  columns: OPEN_COMPARISON_COLUMNS,
  toRow: flattenComparison,
  name: () => "comparisons.csv",
});

describe("figure rows", () => {
  it("carry Hải Hà's 2024 production value target with its source, names and glosses", async () => {
    const res = await get(
      figuresJson,
      "/api/figures?locality=hai-ha&indicator=total-production-value&year=2024&kind=target&lang=vi",
    );
    const { figures } = (await res.json()) as { figures: Row[] };
    expect(figures).toHaveLength(2);
    expect(figures[0]).toMatchObject({
      id: "672d4034c7ed0d12",
      value: 36000,
      source: "003_a07391bbfb521831",
      sourceType: "article",
      sourceUrl: null,
      authority: null,
      location: null,
      flag: null,
      localityName: "Hải Hà",
      indicatorName: "Tổng giá trị sản xuất",
      supersededBy: [],
      disagreesWith: [],
    });
    expect(figures[0]?.glossVi).toContain("36.000");
    expect(figures[1]).toMatchObject({
      source: "web-hai-ha-2024-7m",
      sourceType: "web",
      sourceUrl: "https://www.vietnam.vn/en/huyen-hai-ha-giu-vung-da-tang-truong-kinh-te",
      authority: "mirror",
      location: "second paragraph: the list of the district's 2024 targets (first item)",
    });
  });

  it("name the indicator in English by default, and flag doubtful figures in both languages", async () => {
    const { figures } = (await (
      await get(figuresJson, "/api/figures?locality=hai-ha&indicator=import-export-turnover")
    ).json()) as { figures: Row[] };
    const h1 = figures.find((f) => f.id === "4b38915d752c96dc");
    expect(h1).toMatchObject({ indicatorName: "Import-export turnover", value: 33796 });
    const flag = h1?.flag as { reason: string; reasonVi: string };
    expect(flag.reason).toMatch(/^Implausible magnitude/);
    expect(flag.reasonVi.length).toBeGreaterThan(0);
  });

  it("say which reports disagree and which are superseded", async () => {
    const { figures } = (await (
      await get(figuresJson, "/api/figures?locality=huong-hoa&indicator=income-per-capita")
    ).json()) as { figures: Row[] };
    const byId = new Map(figures.map((f) => [f.id, f]));
    // 2022: the Party committee's 43.05 and xanhx.vn's 42.9 million VND, of equal standing.
    expect(byId.get("b401b958e1113a37")?.disagreesWith).toEqual(["60cb537d3d4459b8"]);
    expect(byId.get("60cb537d3d4459b8")?.disagreesWith).toEqual(["b401b958e1113a37"]);
    // 2023: article 000's 39.88 is replaced by another report of the same result.
    expect(byId.get("80e0ec7a1be8b240")?.supersededBy).toEqual(["0dd23437d59f6066"]);
  });

  it("as CSV start with a byte-order mark, unless bom=0", async () => {
    const bytes = async (path: string) =>
      new Uint8Array(await (await get(figuresCsv, path)).arrayBuffer());
    const withBom = await bytes("/api/figures.csv?locality=hai-ha");
    expect([...withBom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const paged = await bytes("/api/figures.csv?locality=hai-ha&page=1");
    expect([...paged.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const without = await bytes("/api/figures.csv?locality=hai-ha&bom=0");
    expect(new TextDecoder().decode(without.slice(0, 3))).toBe("id,");
    const text = new TextDecoder().decode(without);
    expect(text.split("\r\n")[0]).toBe(OPEN_FIGURE_COLUMNS.join(","));
    expect(text).toContain(",Hải Hà,Total production value,");
  });

  it("refuse an unknown language or a malformed bom, naming it", async () => {
    for (const [path, parameter] of [
      ["/api/figures?lang=fr", "lang"],
      ["/api/figures.csv?bom=yes", "bom"],
      ["/api/figures?lang=vi&lang=en", "lang"],
    ] as const) {
      const handler = path.includes(".csv") ? figuresCsv : figuresJson;
      const res = await get(handler, path);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe(
        parameter,
      );
    }
  });
});

describe("comparison rows", () => {
  it("carry verdict basis, % of target and names: Hải Hà's 2024 income exceeded", async () => {
    const { comparisons } = (await (
      await get(comparisonsJson, "/api/comparisons?locality=hai-ha&year=2024&lang=vi")
    ).json()) as { comparisons: Row[] };
    const income = comparisons.find(
      (c) => c.indicator === "income-per-capita" && c.basis === "level",
    );
    expect(income).toMatchObject({
      status: "exceeded",
      verdictBasis: "computed",
      disagreement: null,
      doubtful: false,
      flags: [],
      progress: 106.47,
      percentOfTarget: 106.47,
      localityName: "Hải Hà",
      indicatorName: "Thu nhập bình quân đầu người",
    });
  });

  it("name the doubtful figure a verdict rests on, in JSON and CSV", async () => {
    const path = "/api/comparisons?locality=ninh-thuan&indicator=new-rural-communes&year=2024";
    const { comparisons } = (await (await get(comparisonsJson, path)).json()) as {
      comparisons: Row[];
    };
    expect(comparisons.find((c) => c.basis === "share")).toMatchObject({
      doubtful: true,
      flags: ["8efc513764db6856"],
    });
    const csv = await (
      await get(comparisonsCsv, path.replace("comparisons", "comparisons.csv"))
    ).text();
    const [header, ...lines] = csv.replace(/^\uFEFF/, "").split("\r\n");
    const cols = header!.split(",");
    const share = lines.map((l) => l.split(",")).find((l) => l[cols.indexOf("basis")] === "share");
    expect(share?.[cols.indexOf("flags")]).toBe("8efc513764db6856");
    expect(share?.[cols.indexOf("locality_name")]).toBe("Ninh Thuận");
    expect(share?.[cols.indexOf("doubtful")]).toBe("true");
  });
});
