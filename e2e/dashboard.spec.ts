import { expect, test } from "@playwright/test";

test("overview → locality: a reader reaches Hải Hà and its 2024 production value target", async ({
  page,
}) => {
  await page.goto("/en");
  await expect(
    page.getByRole("heading", { level: 1, name: "Targets and results by locality" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Hải Hà" }).click();
  await expect(page).toHaveURL(/\/en\/localities\/hai-ha\/2024$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hải Hà" })).toBeVisible();
  const card = page.getByRole("article", { name: "Total production value" });
  // Stated by article 003 and restated by a web report: both are kept.
  await expect(card.getByText("more than 36,000 bn VND", { exact: true }).first()).toBeVisible();
  // The full-year result (a web report) is now the verdict's result: more than 37,000, achieved.
  await expect(card.getByText("more than 37,000 bn VND", { exact: true }).first()).toBeVisible();
  await expect(card.getByText("Achieved", { exact: true }).first()).toBeVisible();
});

test("changing the year changes the URL and the figures; back returns", async ({ page }) => {
  await page.goto("/en/localities/ninh-thuan");
  const budget = page.getByRole("article", { name: "State budget revenue" });
  await expect(budget.getByText("at least 4,000 bn VND", { exact: true })).toBeVisible();
  await page.getByRole("navigation", { name: "Year" }).getByRole("link", { name: "2023" }).click();
  await expect(page).toHaveURL(/\/en\/localities\/ninh-thuan\/2023$/);
  await expect(page.getByRole("heading", { name: "Scorecard · 2023" })).toBeVisible();
  await expect(page.getByRole("row", { name: /National ranking of GRDP growth/ })).toContainText(
    "9 of 63",
  );
  // 2023: the province's own review gives budget revenue at 3,658 bn VND, 100% of plan.
  await expect(page.getByRole("article", { name: "State budget revenue" }).first()).toContainText(
    "3,658",
  );
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/localities\/ninh-thuan$/);
  await expect(page.getByRole("article", { name: "State budget revenue" })).toBeVisible();
});

test("a province and its districts are linked at the page's year only where they report it", async ({
  page,
}) => {
  await page.goto("/en/localities/bac-ai/2024");
  await expect(page.getByRole("link", { name: "Ninh Thuận", exact: true })).toHaveAttribute(
    "href",
    "/en/localities/ninh-thuan/2024",
  );
  // Bác Ái reports 2023 too (its 24-of-25 scorecard): Ninh Thuận's 2023 page links it at 2023.
  await page.goto("/en/localities/ninh-thuan/2023");
  await page.getByRole("link", { name: "Bác Ái", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/localities\/bac-ai\/2023$/);
  await expect(page.getByRole("heading", { name: "Scorecard · 2023" })).toBeVisible();
  // The overview links a province with nothing for its year the same way (Quảng Ninh: Hải Hà reports, it does not).
  await page.goto("/en/years/2024");
  await expect(page.getByRole("link", { name: "Quảng Ninh" })).toHaveAttribute(
    "href",
    "/en/localities/quang-ninh",
  );
});

test("status and category filters live in the URL", async ({ page }) => {
  await page.goto("/en/localities/binh-xuyen?year=2023");
  await page
    .getByRole("navigation", { name: "Status" })
    .getByRole("link", { name: "Missed" })
    .click();
  await expect(page).toHaveURL(/\/en\/localities\/binh-xuyen\/2023\.missed$/);
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(page.getByRole("article", { name: "Production value growth rate" })).toContainText(
    "at least 16.8%",
  );
  // Old query-string links still reach the same views.
  await page.goto("/en/localities/binh-xuyen?year=2023&category=budget");
  await expect(page.getByRole("article", { name: "State budget revenue" })).toContainText(
    "exceeded the target",
  );
  await expect(page.getByRole("article", { name: "Production value growth rate" })).toHaveCount(0);
});

test("a figure's provenance opens from its table cell, with the quote in its language", async ({
  page,
}) => {
  await page.goto("/en/localities/ninh-thuan?year=2024");
  const budget = page.getByRole("article", { name: "State budget revenue" });
  const cell = budget.getByRole("table").getByText(/1,207 bn VND/);
  await cell.focus();
  await page.keyboard.press("Enter");
  const quote = budget.getByRole("table").locator("blockquote[lang=ar]");
  await expect(quote).toBeVisible();
  await expect(quote).toHaveAttribute("dir", "rtl");
  await expect(quote).toContainText("1,207 مليار");
  await expect(budget.getByText("30.2% of plan").first()).toBeVisible();
});

test("clicking a bar opens its provenance in the table below the chart, with focus on it", async ({
  page,
}) => {
  await page.goto("/en/localities/ninh-thuan/2024");
  const card = page.getByRole("article", { name: "GRDP growth rate" });
  await card.locator(".recharts-bar-rectangle").first().click();
  // The statistics office reports the same 8.26% as article 001: the article's row comes first.
  const cell = card.getByRole("table").getByText("8.26%", { exact: true }).first();
  await expect(cell).toBeFocused();
  const quote = card.getByRole("table").locator("blockquote").filter({ hasText: "8.26٪" });
  await expect(quote).toBeVisible();
  await expect(quote).toHaveAttribute("lang", "ar");
});

test("switching language keeps the view and changes labels and number formats", async ({
  page,
}) => {
  await page.goto("/en/localities/ninh-thuan?year=2024");
  await expect(
    page
      .getByRole("article", { name: "State budget revenue" })
      .getByText("at least 4,000 bn VND", { exact: true }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Xem bằng tiếng Việt" }).click();
  await expect(page).toHaveURL(/\/vi\/localities\/ninh-thuan\/2024$/);
  const budget = page.getByRole("article", { name: "Thu ngân sách nhà nước trên địa bàn" });
  await expect(budget.getByText("ít nhất 4.000 tỷ đồng", { exact: true })).toBeVisible();
  await expect(budget.getByText("Vượt", { exact: true }).first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

test("an unknown locality, indicator, source or year is a 404", async ({ page }) => {
  for (const path of [
    "/en/localities/atlantis",
    "/vi/indicators/happiness",
    "/en/sources/999_nope",
    "/en/localities/hai-ha?year=1999",
    "/en?year=abc",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("the indicator page compares one indicator across localities", async ({ page }) => {
  await page.goto("/en/indicators/budget-revenue?year=2024");
  await expect(page.getByRole("heading", { level: 1, name: "State budget revenue" })).toBeVisible();
  await expect(page.getByRole("article", { name: "State budget revenue" })).toContainText(
    "Ninh Thuận",
  );
  await expect(page.getByRole("row", { name: /Hướng Hóa/ })).toContainText("more than 830 bn VND");
  await expect(page.getByRole("row", { name: /Hải Hà/ })).toContainText("100%");
});

test("the source page lists every figure with its quote in the article's language", async ({
  page,
}) => {
  await page.goto("/en/sources/003_a07391bbfb521831");
  await expect(page.getByRole("heading", { name: "Figures curated from it (30)" })).toBeVisible();
  await expect(page.getByText("German", { exact: true })).toBeVisible();
  await expect(page.locator("blockquote[lang=de]").first()).toContainText("36.000 Milliarden VND");
});

test("the methodology page gives a worked example per rule from the data", async ({ page }) => {
  await page.goto("/en/methodology");
  const interim = page.getByRole("region", { name: "Interim: on track or behind (flows)" });
  await expect(interim).toContainText(
    "New jobs created, Hải Hà, 2024: target about 1,399.7 people (derived from the stated outcome); result 1,884 people (first 10 months of 2024): on track",
  );
  await expect(page.getByRole("region", { name: "The source's own verdict" })).toContainText(
    "Bác Ái, 2022: target about 100% (derived from the stated outcome); result 79% (2022): missed",
  );
});

test("the comparisons API serves statuses on real data", async ({ request }) => {
  const res = await request.get(
    "/api/comparisons?locality=ninh-thuan&year=2024&indicator=budget-revenue",
  );
  expect(res.status()).toBe(200);
  const { comparisons } = await res.json();
  expect(comparisons[0]).toMatchObject({
    locality: "ninh-thuan",
    indicator: "budget-revenue",
    year: 2024,
    // The later full-year figure (4,950) replaces the December estimate (4,248): exceeded.
    status: "exceeded",
    verdictBasis: "computed",
    progress: 123.75,
    interim: false,
  });
  expect(comparisons[0].target).toMatchObject({ value: 4000 });
  expect(comparisons[0].actual).toMatchObject({
    value: 4950,
    period: "2024",
    source: "web-ninh-thuan-2024-results-yousportnews",
  });
  expect(comparisons[0].others).toEqual([{ figureId: expect.any(String), relation: "superseded" }]);
  const bx = await (
    await request.get(
      "/api/comparisons?locality=binh-xuyen&year=2023&indicator=production-value-growth",
    )
  ).json();
  expect(bx.comparisons[0]).toMatchObject({ status: "missed", progress: 55.36, interim: false });
  expect((await request.get("/api/comparisons?year=soon")).status()).toBe(400);
});

test("rules the web reports now illustrate get real examples instead of what-ifs", async ({
  page,
}) => {
  await page.goto("/en/methodology");
  // Bác Ái cut its poverty rate by 7.71 points against a target of at least 4: exceeded, and
  // lower is better (a cut is a negative change).
  for (const rule of ["Exceeded", "Lower is better"])
    await expect(page.getByRole("region", { name: rule })).toContainText(
      "Bác Ái, 2024: target at most -4 pp; result -7.71 pp (2024): exceeded.",
    );
});
