import { expect, test } from "@playwright/test";

test("the overview lists every locality with its diacritics and its 2024 scorecard", async ({
  page,
}) => {
  await page.goto("/en");
  await expect(page).toHaveTitle(/Chỉ tiêu/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Targets and results by locality" }),
  ).toBeVisible();
  for (const name of ["Quảng Trị", "Vĩnh Phúc", "Quảng Ninh", "Ninh Thuận"])
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(name) })).toBeVisible();
  const haiHa = page.getByRole("listitem").filter({ hasText: /^Hải Hà/ });
  await expect(
    haiHa.getByRole("list", { name: /Computed from the figures: Hải Hà, 2024/ }),
  ).toHaveText(
    /3 Exceeded\s*1 Achieved\s*1 Missed\s*6 On track\s*1 Behind\s*6 No result\s*19 No target/,
  );
  const huongHoa = page.getByRole("listitem").filter({ hasText: /^Hướng Hóa/ });
  await expect(huongHoa).toContainText("10 No result");
  await expect(huongHoa.getByRole("row", { name: /State budget revenue/ })).toContainText(
    "more than 830 bn VND",
  );
  await page.getByRole("navigation", { name: "Year" }).getByRole("link", { name: "2023" }).click();
  await expect(page).toHaveURL(/\/en\/years\/2023$/);
  await expect(page.getByRole("listitem").filter({ hasText: /^Bình Xuyên/ })).toContainText(
    "2 Missed",
  );
});

test("the root redirects to a language and the switch changes it", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "accept-language": "en-GB,en;q=0.9" });
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await page.getByRole("link", { name: "Xem bằng tiếng Việt" }).click();
  await expect(page).toHaveURL(/\/vi$/);
  await expect(page.getByRole("heading", { level: 1, name: "Địa phương" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

for (const path of ["/en/no-such-page", "/vi/a/b/c", "/fr", "/en/%3Cscript%3E"]) {
  test(`404 page for ${path}`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("Không tìm thấy trang")).toBeVisible();
  });
}
