import { expect, test } from "@playwright/test";

const PATHS = ["/en", "/vi/localities/hai-ha?year=2024", "/en/indicators/budget-revenue", "/en/sources/003_a07391bbfb521831", "/en/methodology",
  "/en/localities/atlantis", "/fr", "/api/figures?year=2024", "/api/figures.csv", "/api/comparisons?year=abc",
  "/api/chart-image?locality=hai-ha&indicator=total-production-value&year=2024&format=svg", "/icon.svg"];

test("every response carries the security headers", async ({ request }) => {
  for (const path of PATHS) {
    const h = (await request.get(path, { maxRedirects: 0 })).headers();
    const csp = h["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/script-src 'self'/);
    expect(csp, path).not.toContain("unsafe-eval");
    expect(h["strict-transport-security"], path).toContain("max-age=");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], path).toContain("camera=()");
  }
});

test("pages work under the CSP: charts draw, no CSP violation is reported", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.goto("/vi/localities/ninh-thuan?year=2024");
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await page.getByRole("article", { name: "Tốc độ tăng trưởng GRDP" }).locator(".recharts-bar-rectangle").first().click();
  await page.goto("/en/methodology");
  await page.getByRole("link", { name: "Xem bằng tiếng Việt" }).click();
  await expect(page).toHaveURL(/\/vi\/methodology$/);
  expect(violations).toEqual([]);
});
