import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = [
  ["overview", ""],
  ["locality", "/localities/ninh-thuan?year=2024"],
  ["locality with interim and derived targets", "/localities/binh-xuyen?year=2023"],
  ["indicator", "/indicators/budget-revenue?year=2024"],
  ["source", "/sources/001_94520d198d9ed722"],
  ["methodology", "/methodology"],
  ["404", "/localities/atlantis"],
] as const;

for (const lang of ["en", "vi"] as const) {
  for (const [name, path] of PAGES) {
    test(`${name} page (${lang}) has no axe violations`, async ({ page }) => {
      await page.goto(`/${lang}${path}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    });
  }
}

test("screenshots of the overview and a locality page in both languages", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const lang of ["en", "vi"] as const) {
    await page.goto(`/${lang}`);
    await page.screenshot({ path: `e2e/screenshots/overview-${lang}.png`, fullPage: true });
    await page.goto(`/${lang}/localities/ninh-thuan?year=2024`);
    await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await page.screenshot({
      path: `e2e/screenshots/locality-ninh-thuan-${lang}.png`,
      fullPage: true,
    });
  }
});

test("pages render without console errors or hydration warnings", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || (m.type() === "warning" && /hydrat/i.test(m.text())))
      problems.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  for (const path of [
    "/en",
    "/vi/localities/ninh-thuan?year=2024",
    "/en/localities/binh-xuyen?year=2023",
    "/vi/indicators/budget-revenue",
    "/en/methodology",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(problems).toEqual([]);
});
