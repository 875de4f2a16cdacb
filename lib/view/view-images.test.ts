import { describe, expect, it } from "vitest";
import { tally, verdictOf, viewImageFileName, viewImageQuery } from "./view-images";

describe("view images", () => {
  it("names the file after what it holds, as a single chart's file is named", () => {
    const bullet = { view: "bullet", locality: "ninh-thuan", year: 2024 } as const;
    expect(viewImageFileName(bullet, "vi", "slide", "png")).toBe("ninh-thuan_2024_bullet_vi.png");
    expect(viewImageFileName(bullet, "en", "document", "svg")).toBe(
      "ninh-thuan_2024_bullet_en_document.svg",
    );
    const across = { view: "indicator", indicator: "budget-revenue", year: 2024 } as const;
    expect(viewImageFileName(across, "en", "slide", "png")).toBe(
      "budget-revenue_2024_localities_en.png",
    );
    expect(viewImageFileName({ ...across, page: 3 }, "vi", "slide", "png")).toBe(
      "budget-revenue_2024_localities-3_vi.png",
    );
  });

  it("asks the route for exactly the view's parameters", () => {
    expect(viewImageQuery({ view: "bullet", locality: "ninh-thuan", year: 2024 }, "vi")).toBe(
      "view=bullet&locality=ninh-thuan&year=2024&lang=vi",
    );
    const across = { view: "indicator", indicator: "budget-revenue", year: 2024 } as const;
    expect(viewImageQuery({ ...across, page: 1 }, "en")).toBe(
      "view=indicator&indicator=budget-revenue&year=2024&lang=en",
    );
    expect(viewImageQuery({ ...across, page: 2 }, "en")).toBe(
      "view=indicator&indicator=budget-revenue&year=2024&page=2&lang=en",
    );
  });

  it("splits a row's verdict words into the pill, its notes and the doubtful flag", () => {
    expect(
      verdictOf("behind", "Chậm tiến độ · theo nguồn tin · ⚠ dựa trên số liệu đáng ngờ", "vi"),
    ).toEqual({
      pill: { label: "Chậm tiến độ", color: "#78350f", background: "#fef3c7" },
      notes: ["theo nguồn tin"],
      doubtful: "dựa trên số liệu đáng ngờ",
    });
    // No result: bullet-text words no verdict; the image says the status's own word.
    expect(verdictOf("no_result", "", "en").pill.label).toBe("No result");
  });

  it("counts each status present, in the statuses' order", () => {
    const pills = tally(["no_result", "exceeded", "no_result", "missed"], "vi");
    expect(pills.map((p) => p.label)).toEqual(["Vượt: 1", "Không đạt: 1", "Chưa có kết quả: 2"]);
  });
});
