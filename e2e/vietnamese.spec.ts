import { expect, test } from "@playwright/test";

// A Vietnamese reader reads Vietnamese: curated titles, glosses and notes, and images.

test("a source page on /vi has its Vietnamese title, glosses and curator notes", async ({
  page,
}) => {
  await page.goto("/vi/sources/003_a07391bbfb521831");
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Huyện Hải Hà: các chỉ tiêu năm 2024 và kết quả 6 tháng đầu năm (phỏng vấn)",
    }),
  ).toBeVisible();
  await expect(
    page.getByText("Huyện Hải Hà phấn đấu tổng giá trị sản xuất đạt trên 36.000 tỷ đồng").first(),
  ).toBeVisible();
  await expect(
    page.getByText(/Ba giá trị theo khu vực nêu tiếp theo cộng lại bằng 36\.008,2 tỷ đồng/).first(),
  ).toBeVisible();
  // The quote stays in the article's own language.
  await expect(page.locator("blockquote[lang=de]").first()).toContainText("36.000 Milliarden VND");
});

test("a figure's provenance on /vi is in Vietnamese, and a doubtful figure says why", async ({
  page,
}) => {
  await page.goto("/vi/localities/hai-ha/2024");
  const card = page.getByRole("article", { name: "Tổng giá trị sản xuất" });
  await card.locator("summary[data-figure]").first().click();
  await expect(card.getByText("Diễn giải").first()).toBeVisible();
  await expect(card.getByText(/tỷ đồng/).first()).toBeVisible();
  await page.goto("/vi/sources/003_a07391bbfb521831");
  await expect(page.getByText(/Số liệu đáng ngờ/).first()).toBeVisible();
});

test("a Vietnamese chart image names its sources in Vietnamese, whole, without internal ids", async ({
  request,
}) => {
  const res = await request.get(
    "/api/chart-image?locality=hai-ha&indicator=total-production-value&year=2024&lang=vi&format=svg",
  );
  expect(res.status()).toBe(200);
  const svg = await res.text();
  expect(svg).toContain("Nguồn:");
  expect(svg).toContain("Huyện Hải Hà (Quảng Ninh): kết quả năm 2024 trên đường trở thành");
  expect(svg).not.toContain("web-hai-ha");
  expect(svg).not.toContain("003_a07391bbfb521831");
  expect(svg).not.toContain("…");
});
