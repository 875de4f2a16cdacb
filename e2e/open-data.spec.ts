import { expect, test } from "@playwright/test";

type Row = Record<string, unknown>;
const FIELDS = [
  "locality",
  "indicator",
  "period",
  "kind",
  "comparator",
  "value",
  "min",
  "max",
  "unit",
  "basis",
  "source",
  "quote",
  "gloss",
];

test.describe("GET /api/figures", () => {
  test("serves Hải Hà's 2024 production value target of more than 36,000 bn VND", async ({
    request,
  }) => {
    const res = await request.get(
      "/api/figures?locality=hai-ha&indicator=total-production-value&year=2024&kind=target",
    );
    expect(res.status()).toBe(200);
    const { figures } = (await res.json()) as { figures: Row[] };
    // Article 003 states it, and a web report (vietnam.vn, seven-month results) restates it.
    expect(figures.map((f) => f.source).sort()).toEqual([
      "003_a07391bbfb521831",
      "web-hai-ha-2024-7m",
    ]);
    expect(figures[0]).toMatchObject({
      locality: "hai-ha",
      indicator: "total-production-value",
      period: "2024",
      kind: "target",
      comparator: "gt",
      value: 36000,
      min: null,
      max: null,
      unit: "bn_vnd",
      basis: "level",
      source: "003_a07391bbfb521831",
    });
    expect(figures[0]?.quote).toContain("36.000 Milliarden VND");
  });

  test("every row carries every open-data field", async ({ request }) => {
    const { figures } = (await (await request.get("/api/figures")).json()) as { figures: Row[] };
    expect(figures).toHaveLength(396);
    for (const f of figures) for (const field of FIELDS) expect(f).toHaveProperty(field);
  });

  test("a year filter returns only that year's figures", async ({ request }) => {
    const all = ((await (await request.get("/api/figures")).json()) as { figures: Row[] }).figures;
    const y2023 = (
      (await (await request.get("/api/figures?year=2023")).json()) as { figures: Row[] }
    ).figures;
    expect(y2023.length).toBeGreaterThan(0);
    expect(y2023.length).toBeLessThan(all.length);
    expect(y2023.every((f) => String(f.period).startsWith("2023"))).toBe(true);
    expect(y2023).toContainEqual(
      expect.objectContaining({ locality: "huong-hoa", indicator: "poverty-rate", value: 22.01 }),
    );
  });

  test("Ninh Thuận's Q1 2024 budget revenue is 1,207 bn VND, 30.2% of plan", async ({
    request,
  }) => {
    const { figures } = (await (
      await request.get("/api/figures?locality=ninh-thuan&indicator=budget-revenue&year=2024")
    ).json()) as { figures: Row[] };
    expect(figures).toContainEqual(
      expect.objectContaining({
        period: "2024-Q1",
        kind: "actual",
        value: 1207,
        outcome: "pct_of_plan",
        outcomeValue: 30.2,
      }),
    );
    expect(figures).toContainEqual(
      expect.objectContaining({ period: "2024", kind: "target", comparator: "gte", value: 4000 }),
    );
  });

  for (const [query, parameter] of [
    ["year=abc", "year"],
    ["year=20245", "year"],
    ["year=2024&year=2023", "year"],
    ["kind=plan", "kind"],
    ["locality=atlantis", "locality"],
    ["locality=Hai%20Ha", "locality"],
    ["indicator=happiness", "indicator"],
    ["colour=red", "colour"],
  ] as const) {
    test(`400 naming the parameter for ?${query}`, async ({ request }) => {
      for (const path of ["/api/figures", "/api/figures.csv"]) {
        const res = await request.get(`${path}?${query}`);
        expect(res.status()).toBe(400);
        expect(res.headers()["content-type"]).toContain("application/json");
        const body = (await res.json()) as { error: { parameter: string; message: string } };
        expect(body.error.parameter).toBe(parameter);
        expect(body.error.message).toContain(parameter);
      }
    });
  }
});

test.describe("GET /api/figures.csv", () => {
  test("is RFC 4180 CSV with the same rows as the JSON", async ({ request }) => {
    const res = await request.get("/api/figures.csv?locality=binh-xuyen&bom=0");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    const text = await res.text();
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(
      /^id,locality,indicator,period,year,kind,comparator,value,min,max,unit,basis,/,
    );
    // One row per figure; quotes hold commas, so count rows that carry the locality.
    expect(lines.filter((l) => /^[0-9a-f]{16},binh-xuyen,/.test(l))).toHaveLength(25);
    // Numbers stay numbers; the quote with commas is quoted.
    expect(text).toContain(
      ",binh-xuyen,budget-revenue,2023,2023,actual,approx,3400,,,bn_vnd,level,",
    );
    expect(text).toContain(
      '"budget revenue exceeded the set target with nearly 3,400 billion VND"',
    );
  });

  test("keeps negative numbers numeric", async ({ request }) => {
    const text = await (
      await request.get("/api/figures.csv?locality=huong-hoa&indicator=poverty-rate&year=2023")
    ).text();
    expect(text).toContain(",actual,eq,-4.44,,,pp,pp_change,");
  });
});

test("no route writes: other methods than GET are refused", async ({ request }) => {
  for (const path of [
    "/api/figures",
    "/api/figures.csv",
    "/api/comparisons",
    "/api/chart-image?locality=hai-ha&indicator=total-production-value&year=2024",
  ]) {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
      const res = await request.fetch(path, { method, data: { locality: "x" } });
      expect(res.status(), `${method} ${path}`).toBe(405);
    }
  }
  const after = (await (await request.get("/api/figures")).json()) as { figures: unknown[] };
  expect(after.figures).toHaveLength(396);
});

test("open data comes a page at a time (CSV downloads whole): where it sits is stated, and a page past the last or a status without a locality is refused", async ({
  request,
}) => {
  const res = await request.get("/api/figures?year=2024");
  const body = await res.json();
  expect(body).toMatchObject({ page: 1, pages: 1 });
  expect(body.figures.length).toBeGreaterThan(50);
  expect(res.headers()["x-pages"]).toBe("1");
  expect(res.headers().link).toBeUndefined();
  const csv = await request.get("/api/comparisons.csv?year=2024&page=1");
  expect(csv.headers()["x-page"]).toBe("1");
  // Without ?page= a CSV download is the whole result (streamed), the same rows as its pages.
  const whole = await request.get("/api/comparisons.csv?year=2024");
  expect(await whole.text()).toBe(await csv.text());
  expect(whole.headers()["content-disposition"]).toBe(
    'attachment; filename="chi-tieu_2024_comparisons.csv"',
  );
  expect((await request.get("/api/comparisons.csv")).headers()["content-disposition"]).toBe(
    'attachment; filename="chi-tieu_comparisons.csv"',
  );
  const past = await request.get("/api/figures.csv?year=2024&page=2");
  expect(past.status()).toBe(400);
  expect(await past.json()).toEqual({
    error: { parameter: "page", message: "page: past the last page (1)" },
  });
  const noLocality = await request.get("/api/figures?status=missed");
  expect(noLocality.status()).toBe(400);
  expect((await noLocality.json()).error.parameter).toBe("status");
});

test("CSV opens in Excel: a UTF-8 byte-order mark first (bom=0 for scripts), names in the chosen language", async ({
  request,
}) => {
  const withBom = await (await request.get("/api/figures.csv?locality=hai-ha")).body();
  expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const plain = await (await request.get("/api/figures.csv?locality=hai-ha&bom=0")).text();
  expect(plain.startsWith("id,")).toBe(true);
  const { figures } = await (
    await request.get(
      "/api/figures?locality=hai-ha&indicator=total-production-value&year=2024&kind=target&lang=vi",
    )
  ).json();
  expect(figures[0]).toMatchObject({
    localityName: "Hải Hà",
    indicatorName: "Tổng giá trị sản xuất",
    sourceType: "article",
    flag: null,
  });
  expect(figures[1]).toMatchObject({ sourceType: "web", authority: "mirror" });
  const xlsx = await request.get("/api/figures.xlsx?locality=huong-hoa");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  expect((await xlsx.body()).subarray(0, 2).toString("latin1")).toBe("PK");
});
