import { describe, expect, it } from "vitest";
import { inProvinceOrder, pageNumbers, paginate } from "./pages";

describe("paginate", () => {
  const xs = Array.from({ length: 120 }, (_, i) => i + 1);
  it("slices pages and says where each sits", () => {
    expect(paginate(xs, 1, 50)).toMatchObject({ page: 1, pages: 3, from: 1, to: 50, total: 120 });
    const last = paginate(xs, 3, 50);
    expect(last?.items).toEqual(xs.slice(100));
    expect(last).toMatchObject({ from: 101, to: 120 });
  });
  it("has no page past the last, before the first, or between", () => {
    for (const p of [0, 4, -1, 1.5, Number.NaN]) expect(paginate(xs, p, 50)).toBeNull();
  });
  it("gives an empty list one empty page", () => {
    expect(paginate([], 1, 50)).toEqual({ items: [], page: 1, pages: 1, from: 0, to: 0, total: 0 });
  });
});

describe("inProvinceOrder", () => {
  const p = (slug: string, nameVi: string) => ({
    slug,
    nameVi,
    level: "province",
    parentSlug: null,
  });
  const d = (slug: string, nameVi: string, parent: string) => ({
    slug,
    nameVi,
    level: "district",
    parentSlug: parent,
  });
  const all = [
    d("hai-ha", "Hải Hà", "quang-ninh"),
    p("quang-ninh", "Quảng Ninh"),
    p("ninh-thuan", "Ninh Thuận"),
    d("bac-ai", "Bác Ái", "ninh-thuan"),
    p("tinh-10", "Tỉnh Mẫu 10"),
    p("tinh-2", "Tỉnh Mẫu 2"),
    d("lost", "Huyện Lạc", "nowhere"),
  ];
  it("puts each province before its districts, in Vietnamese order with numbers read as numbers", () => {
    const keep = new Set(all.map((l) => l.slug));
    expect(inProvinceOrder(all, keep)).toEqual([
      "ninh-thuan",
      "bac-ai",
      "quang-ninh",
      "hai-ha",
      "tinh-2",
      "tinh-10",
      "lost",
    ]);
  });
  it("keeps only the localities asked for", () => {
    expect(inProvinceOrder(all, new Set(["hai-ha", "ninh-thuan"]))).toEqual([
      "ninh-thuan",
      "hai-ha",
    ]);
  });
});

describe("pageNumbers", () => {
  it("offers the first, the last and two either side of the current page", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 16)).toEqual([1, 2, 3, "gap", 16]);
    expect(pageNumbers(8, 16)).toEqual([1, "gap", 6, 7, 8, 9, 10, "gap", 16]);
    expect(pageNumbers(4, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
