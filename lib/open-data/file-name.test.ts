import { describe, expect, it } from "vitest";
import { downloadName } from "./file-name";

describe("downloadName", () => {
  it("names the filters a download holds, and its page", () => {
    expect(downloadName({ locality: "binh-xuyen", year: 2023, category: "economy" }, "figures", "csv")).toBe("chi-tieu_binh-xuyen_2023_economy.csv");
    expect(downloadName({ year: "2024", page: "2" }, "figures", "csv")).toBe("chi-tieu_2024_page-2.csv");
    expect(downloadName({}, "figures", "csv")).toBe("chi-tieu_figures.csv");
  });
});
