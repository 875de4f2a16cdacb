import { expect, test, type Page } from "@playwright/test";

// Issue 13, items 5 and 6: a locality-year prints on A4 as a report, and no page scrolls
// sideways on a 360 px phone (tables scroll in their own box, chart tooltips stay on screen).

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("a locality-year prints as a report: header, sources with their quotes, no filters", async ({
  page,
}) => {
  await page.goto("/vi/localities/ninh-thuan/2024");
  await page.emulateMedia({ media: "print" });

  const header = page.getByRole("region", { name: "Đầu báo cáo" });
  await expect(header).toBeVisible();
  await expect(header).toContainText("Chỉ tiêu");
  await expect(header).toContainText("Ninh Thuận · 2024");
  // The latest dated source of 2024 is the province's EIN Presswire release of 2024-01-06.
  await expect(header).toContainText("Số liệu tính đến 2024-01-06");
  // A path while SITE_URL is unset (as here), else the same path on the public origin.
  await expect(header).toContainText("/vi/localities/ninh-thuan/2024");
  // The print header stands in for the screen header; filters, downloads and navigation go.
  await expect(page.getByRole("heading", { level: 1, name: "Ninh Thuận" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Năm" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Tải CSV" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Chính" })).toBeHidden();

  // The bullet chart and the detail cards print.
  await expect(page.getByRole("heading", { name: /^Ninh Thuận 2024: / })).toBeVisible();
  await expect(
    page.getByRole("article", { name: "Tốc độ tăng trưởng GRDP", exact: true }),
  ).toBeVisible();

  // Sources: one list, with an article's quotes (article 004 is in Thai) and a web page's address.
  const sources = page.getByRole("region", { name: "Nguồn tin", exact: true });
  await expect(sources).toBeVisible();
  const meeting = sources.getByRole("listitem").filter({ hasText: "004_43cb72f90d74341f" });
  await expect(meeting).toContainText("đăng ngày 2023-12-08");
  await expect(
    meeting.getByText("มุ่งหวังให้อัตราการเติบโตของ GRDP อยู่ที่ 11-12%", { exact: true }),
  ).toBeVisible();
  const web = sources
    .getByRole("listitem")
    .filter({ hasText: "web-ninh-thuan-2024-results-kinhtevadoisong" });
  await expect(web).toContainText("Đơn vị đăng: Kinh tế và Đời sống");
  await expect(web).toContainText("https://kinhtevadoisong.vn/ninh-thuan-nam-2024-tang-truong");

  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(2);
});

test("the print header and sources list stay off the screen", async ({ page }) => {
  await page.goto("/en/localities/hai-ha/2024");
  await expect(page.getByRole("heading", { level: 1, name: "Hải Hà" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Report header" })).toBeHidden();
  // The screen's own sources section is the only one shown.
  await expect(page.getByRole("heading", { name: "Sources", exact: true })).toHaveCount(1);
  // Above the sm breakpoint no table shows the phone's scroll cue.
  await expect(page.getByText("Scroll sideways →").first()).toBeHidden();
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const path of [
    "/en",
    "/vi/localities/ninh-thuan/2024",
    "/en/localities/hai-ha/2024",
    "/vi/sources/003_a07391bbfb521831",
    "/en/review/2024",
  ]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      // The charts load after the page: measure once they have drawn.
      await page.waitForLoadState("networkidle");
      expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    });
  }

  test("a table scrolls in its own focusable box, with the cue while it overflows", async ({
    page,
  }) => {
    await page.goto("/en/localities/hai-ha/2024");
    const card = page.getByRole("article", { name: "Total production value" });
    const box = card.getByRole("group", { name: "Data table: Total production value" });
    await expect(box).toHaveAttribute("tabindex", "0");
    await expect(box.getByRole("table")).toBeVisible();
    // Opening a value's provenance puts the whole quote in the table: the table may widen, the
    // page must not.
    await box.getByText("more than 36,000 bn VND", { exact: true }).first().click();
    await expect(box.locator("details[open]").first()).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    const overflows = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
    const cue = box.getByText("Scroll sideways →");
    if (overflows) await expect(cue).toBeVisible();
    else await expect(cue).toBeHidden();
    // Keyboard users reach the box and scroll it with the arrow keys.
    await box.focus();
    await expect(box).toBeFocused();
  });

  test("a tapped bar's tooltip stays inside the screen", async ({ page }) => {
    await page.goto("/en/localities/hai-ha/2024");
    const card = page.getByRole("article", { name: "Total production value" });
    const bar = card.locator(".recharts-bar-rectangle").first();
    await bar.click();
    // The click also opens the figure in the table below, which may scroll the page: point at
    // the bar again so the tooltip is the bar's.
    await bar.hover();
    const tip = card.locator(".recharts-tooltip-wrapper");
    await expect(tip).toBeVisible();
    await expect(tip.locator("p").first()).toBeVisible();
    const r = await tip.boundingBox();
    expect(r).not.toBeNull();
    expect(r!.x).toBeGreaterThanOrEqual(0);
    expect(r!.x + r!.width).toBeLessThanOrEqual(360);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });
});
