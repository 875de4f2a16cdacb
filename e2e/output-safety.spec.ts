import { expect, test, type Page } from "@playwright/test";
import { HOSTILE, MARKUP } from "../scripts/test-support/hostile-seeds";

// A second server of the same build serves a database loaded by the real loader from seeds whose
// every curated text carries markup (scripts/test-support/hostile-seeds.ts). Curated text must
// reach the reader as text: never as elements, never run.
const PORT = Number(process.env.E2E_HOSTILE_PORT ?? Number(process.env.E2E_PORT ?? 3200) + 1);
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

/** Fails the test on any dialog (an alert that ran) and on any element the markup would create. */
async function expectInert(page: Page) {
  await expect(page.locator("img[src=x], b:text-is('Test'), b:text-is('Thử')")).toHaveCount(0);
  const injected = await page.evaluate(
    () => [...document.scripts].filter((s) => s.textContent?.trim() === 'alert("xss")').length,
  );
  expect(injected).toBe(0);
}

const literal = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

test("names, quotes, glosses and notes holding markup show as text on the locality page, in both languages", async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  await page.goto("/en/localities/xss-test/2024");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE.nameVi);
  await expect(page).toHaveTitle(new RegExp(HOSTILE.nameVi.slice(0, 10)));
  const card = page.getByRole("article", { name: "State budget revenue" });
  await card.getByRole("table").getByText("612 bn VND").first().click();
  await expect(card.locator("blockquote").filter({ hasText: "612 billion" })).toHaveText(
    HOSTILE.resultQuote,
  );
  await expect(card.getByText(HOSTILE.note).filter({ visible: true })).toHaveCount(1);
  await expectInert(page);
  await page.goto("/vi/localities/xss-test");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE.nameVi);
  await expectInert(page);
  expect(dialogs).toEqual([]);
});

test("the source, indicator and overview pages show the same markup as text", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto(`/en/sources/${HOSTILE.sourceId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(HOSTILE.title);
  await expect(page.getByText(HOSTILE.targetQuote, { exact: true }).first()).toBeVisible();
  await expectInert(page);
  await page.goto("/en/indicators/budget-revenue/2024.2"); // two localities a page on this server
  await expect(
    page
      .locator("#cmp-xss-test-budget-revenue-2024-level")
      .getByText(literal(HOSTILE.nameVi))
      .first(),
  ).toBeVisible();
  await expectInert(page);
  await page.goto("/en/years/2024.3"); // two provinces a page on this server; "Xã …" comes last
  await expect(page.getByRole("link", { name: HOSTILE.nameVi, exact: true })).toBeVisible();
  await expectInert(page);
  expect(dialogs).toEqual([]);
});

test("the SVG export holds the markup as escaped text, and opened on its own it runs nothing", async ({
  page,
  request,
}) => {
  const url = "/api/chart-image?locality=xss-test&indicator=budget-revenue&year=2024&format=svg";
  const svg = await (await request.get(url)).text();
  const tags = svg.match(/<[^>]*>/g) ?? [];
  expect(tags.filter((t) => /^<\/?(script|img|foreignObject|iframe)\b|\son\w+=/i.test(t))).toEqual(
    [],
  );
  expect(svg).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
  const dialogs = watchDialogs(page);
  await page.goto(url);
  const parsed = await page.evaluate(() => ({
    elements: document.querySelectorAll("script, img, foreignObject").length,
    text: document.documentElement.textContent ?? "",
  }));
  expect(parsed.elements).toBe(0);
  expect(parsed.text).toContain(HOSTILE.nameVi);
  expect(dialogs).toEqual([]);
});

test("CSV and JSON carry the curated text unchanged, as data", async ({ request }) => {
  const csv = await request.get("/api/figures.csv?locality=xss-test");
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(csv.headers()["x-content-type-options"]).toBe("nosniff");
  const body = await csv.text();
  // RFC 4180: the cell is quoted and its quotes doubled, so a spreadsheet reads the quote back whole.
  expect(body).toContain(`"${HOSTILE.resultQuote.replaceAll('"', '""')}"`);
  const json = await (await request.get("/api/figures?locality=xss-test")).json();
  const quotes = JSON.stringify(json);
  expect(quotes).toContain(JSON.stringify(HOSTILE.targetQuote));
  expect(MARKUP).toContain("<script>");
});
