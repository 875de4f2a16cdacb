import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

// The real test database (scripts/test.sh seeds it with the curated data).
vi.hoisted(() => {
  process.env.DATABASE_URL ??= "file:./data/test.db";
});

import { openComparisons } from "../data/open-comparisons";
import { openFigures } from "../data/open-figures";
import { comparisonWorkbook, figureWorkbook } from "../data/open-workbook";
import { aboutRows, workbookTitle } from "./xlsx";
import { xlsxListRoute } from "./xlsx-route";

const figuresXlsx = xlsxListRoute(openFigures, figureWorkbook);
const comparisonsXlsx = xlsxListRoute(openComparisons, comparisonWorkbook);

/** Downloads a workbook as the routes serve it and reads it back with exceljs. */
async function download(handler: (r: NextRequest) => Promise<Response>, path: string) {
  const res = await handler(new NextRequest(`http://localhost${path}`));
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return { book, disposition: res.headers.get("content-disposition") };
}

/** A sheet's rows as plain arrays of cell values (column A first). */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
const about = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label)?.[1];

describe("the comparisons workbook", () => {
  it("in Vietnamese: Giới thiệu first, then Hải Hà's 2024 comparisons with names beside slugs", async () => {
    const { book, disposition } = await download(
      comparisonsXlsx,
      "/api/comparisons.xlsx?locality=hai-ha&year=2024&lang=vi",
    );
    expect(disposition).toBe('attachment; filename="chi-tieu_hai-ha_2024_comparisons.xlsx"');
    expect(book.worksheets.map((s) => s.name)).toEqual(["Giới thiệu", "So sánh"]);
    const info = rowsOf(book.worksheets[0]);
    expect(about(info, "Địa phương")).toBe("Hải Hà (hai-ha)");
    expect(about(info, "Năm")).toBe(2024);
    expect(about(info, "Giấy phép")).toMatch(/^CC BY 4\.0/);
    // No source of Hải Hà's gives its publication date.
    expect(about(info, "Dữ liệu tính đến")).toBe("(không có nguồn ghi ngày)");
    expect(about(info, "Cách trích dẫn")).toMatch(
      /^Chỉ tiêu \(\d{4}\)\. So sánh — Hải Hà, năm 2024\. \/api\/comparisons\.xlsx\?locality=hai-ha&year=2024&lang=vi\. Truy cập \d{4}-\d{2}-\d{2}\.$/,
    );
    expect(info.some((r) => r[0] === "web-hai-ha-2024-full-year")).toBe(true);

    const [header, ...rows] = rowsOf(book.worksheets[1]);
    const col = (name: string) => header!.indexOf(name);
    const income = rows.find(
      (r) => r[col("chỉ số (mã)")] === "income-per-capita" && r[col("Cơ sở")] === "level",
    );
    expect(income?.[col("Địa phương")]).toBe("Hải Hà");
    expect(income?.[col("Chỉ số")]).toBe("Thu nhập bình quân đầu người");
    expect(income?.[col("trạng thái (mã)")]).toBe("exceeded");
    expect(income?.[col("Trạng thái")]).toBe("Vượt");
    expect(income?.[col("Căn cứ kết luận")]).toBe("tính từ chỉ tiêu và kết quả");
    expect(income?.[col("% chỉ tiêu")]).toBe(106.47);
    expect(income?.[col("Giá trị chỉ tiêu")]).toBe(89.6);
    expect(income?.[col("Giá trị kết quả")]).toBe(95.4);
    expect(about(info, "Số dòng")).toBe(rows.length);
  });

  it("names the doubtful figure a verdict rests on", async () => {
    const { book } = await download(
      comparisonsXlsx,
      "/api/comparisons.xlsx?locality=ninh-thuan&indicator=new-rural-communes&year=2024",
    );
    const [header, ...rows] = rowsOf(book.worksheets[1]);
    const share = rows.find((r) => r[header!.indexOf("Basis")] === "share");
    expect(share?.[header!.indexOf("Doubtful")]).toBe(true);
    expect(share?.[header!.indexOf("Doubtful figures")]).toBe("8efc513764db6856");
  });
});

describe("the figures workbook", () => {
  it("states the data-as-of date: Hướng Hóa's latest dated source, 27 February 2024", async () => {
    const { book, disposition } = await download(
      figuresXlsx,
      "/api/figures.xlsx?locality=huong-hoa",
    );
    expect(disposition).toBe('attachment; filename="chi-tieu_huong-hoa.xlsx"');
    expect(book.worksheets.map((s) => s.name)).toEqual(["About", "Figures"]);
    const info = rowsOf(book.worksheets[0]);
    expect(about(info, "Data as of")).toBe("2024-02-27");
    expect(about(info, "Locality")).toBe("Hướng Hóa (huong-hoa)");
    expect(about(info, "Year")).toBe("All years");
    const vrviet = info.find((r) => r[0] === "web-huong-hoa-vrviet-2023");
    expect(vrviet?.[3]).toBe("2024-02-27");
    expect(vrviet?.[6]).toBe(
      "https://vrviet.vn/en/huong-hoa-phan-dau-thuc-hien-thang-loi-cac-nhiem-vu-trong-tam-nam-2024",
    );

    const [header, ...rows] = rowsOf(book.worksheets[1]);
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(about(info, "Rows") as number);
    const poverty = rows.find((r) => r[col("Figure id")] === "bee99702ae969170");
    expect(poverty?.[col("Locality")]).toBe("Hướng Hóa");
    expect(poverty?.[col("indicator (slug)")]).toBe("poverty-rate");
    expect(poverty?.[col("Value")]).toBe(22.01);
    expect(poverty?.[col("Superseded by")]).toBe("511fa74d11cf0012");
  });

  it("holds every figure when unfiltered, written a few localities at a time", async () => {
    const { book } = await download(figuresXlsx, "/api/figures.xlsx");
    const info = rowsOf(book.worksheets[0]);
    expect(about(info, "Locality")).toBe("All localities");
    expect(about(info, "Rows")).toBe(396);
    expect(about(info, "Data as of")).toBe("2024-02-27");
    expect(rowsOf(book.worksheets[1])).toHaveLength(397);
  });

  it("lists the filters it holds and refuses what the CSV refuses", async () => {
    const { book } = await download(
      figuresXlsx,
      "/api/figures.xlsx?locality=hai-ha&year=2024&kind=target&page=1",
    );
    expect(about(rowsOf(book.worksheets[0]), "Filters")).toBe("kind = target; page = 1");
    for (const [path, parameter] of [
      ["/api/figures.xlsx?year=20245", "year"],
      ["/api/figures.xlsx?lang=fr", "lang"],
      ["/api/figures.xlsx?status=missed", "status"],
    ] as const) {
      const res = await figuresXlsx(new NextRequest(`http://localhost${path}`));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe(
        parameter,
      );
    }
  });
});

describe("aboutRows", () => {
  it("cites the download, and says when no source is dated", () => {
    const now = new Date("2025-03-04T10:00:00Z");
    const base = { lang: "en", url: "https://chitieu.vn/api/figures.xlsx", now, rows: 0 } as const;
    const rows = aboutRows("Figures", {
      ...base,
      locality: { slug: "hai-ha", name: "Hải Hà" },
      year: 2024,
      filters: [],
      sources: [],
    });
    expect(rows).toContainEqual(["Data as of", "(no dated source)"]);
    expect(rows).toContainEqual([
      "How to cite",
      "Chỉ tiêu (2025). Figures — Hải Hà, 2024. https://chitieu.vn/api/figures.xlsx. Accessed 2025-03-04.",
    ]);
    expect(workbookTitle("Số liệu", { lang: "vi", locality: null, year: 2024 })).toBe(
      "Số liệu — năm 2024",
    );
  });
});
