import { describe, expect, it } from "vitest";
import { downloadName } from "./file-name";

describe("downloadName", () => {
  it("names the filters a download holds, and its page", () => {
    expect(
      downloadName({ locality: "binh-xuyen", year: 2023, category: "economy" }, "figures", "csv"),
    ).toBe("chi-tieu_binh-xuyen_2023_economy.csv");
    expect(downloadName({ year: "2024", page: "2" }, "figures", "csv")).toBe(
      "chi-tieu_2024_page-2.csv",
    );
    expect(downloadName({}, "figures", "csv")).toBe("chi-tieu_figures.csv");
  });
  it("tags other lists with what they are, once, with or without filters", () => {
    expect(downloadName({ year: "2023", page: "1" }, "comparisons", "csv", { tagged: true })).toBe(
      "chi-tieu_2023_page-1_comparisons.csv",
    );
    expect(downloadName({}, "comparisons", "csv", { tagged: true })).toBe(
      "chi-tieu_comparisons.csv",
    );
  });
});
