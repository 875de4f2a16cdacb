import { expect, test, type APIResponse } from "@playwright/test";

// The second test server (see playwright.config.ts) serves the curated data with two localities an
// indicator page and two provinces an overview page, so pagination shows on data small enough to
// check by hand: budget revenue in 2024 is reported by Ninh Thuận, then Hải Hà (Quảng Ninh),
// Hướng Hóa (Quảng Trị) and the output-safety test locality, in province order.
const PORT = Number(process.env.E2E_HOSTILE_PORT ?? Number(process.env.E2E_PORT ?? 3200) + 1);
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test("an indicator reported by many localities is paged, provinces first, each followed by its districts", async ({
  page,
}) => {
  await page.goto("/en/indicators/budget-revenue/2024");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Localities 1–2 of 4");
  await expect(pages.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
  await expect(
    page
      .getByRole("article")
      .filter({ hasText: "Ninh Thuận" })
      .getByText("at least 4,000 bn VND", { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: "Hướng Hóa" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/en\/indicators\/budget-revenue\/2024\.2$/);
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(
    "Localities 3–4 of 4",
  );
  await expect(page.getByRole("row", { name: /Hướng Hóa/ })).toContainText("more than 830 bn VND");
  await expect(page.getByRole("article").filter({ hasText: "Ninh Thuận" })).toHaveCount(0);
});

test("pages are worded in Vietnamese too, and a page past the last is not found", async ({
  page,
}) => {
  await page.goto("/vi/indicators/budget-revenue/2024.2");
  const pages = page.getByRole("navigation", { name: "Các trang" });
  await expect(pages).toContainText("Địa phương 3–4 trên 4");
  await expect(pages.getByRole("link", { name: "Trang trước" })).toHaveAttribute(
    "href",
    "/vi/indicators/budget-revenue/2024",
  );
  const res = await page.goto("/en/indicators/budget-revenue/2024.3");
  expect(res?.status()).toBe(404);
});

test("the overview is paged by province, each with its districts, in Vietnamese order", async ({
  page,
}) => {
  await page.goto("/en/years/2024");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Provinces 1–2 of 5");
  const cards = () => page.getByRole("list", { name: "Localities, 2024" });
  await expect(cards().getByRole("heading", { level: 2 })).toHaveText([
    /^Ninh Thuận/,
    /^Quảng Ninh/,
  ]);
  const haiHa = page.getByRole("listitem").filter({ hasText: /^Hải Hà/ });
  await expect(
    haiHa.getByRole("list", { name: /Computed from the figures: Hải Hà, 2024/ }),
  ).toHaveText(
    /3 Exceeded\s*1 Achieved\s*1 Missed\s*6 On track\s*1 Behind\s*6 No result\s*19 No target/,
  );
  await pages.getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/\/en\/years\/2024\.2$/);
  await expect(cards().getByRole("heading", { level: 2 })).toHaveText([/^Quảng Trị/, /^Vĩnh Phúc/]);
  await expect(page.getByRole("listitem").filter({ hasText: /^Hướng Hóa/ })).toContainText(
    "more than 830 bn VND",
  );
  expect((await page.goto("/en/years/2024.4"))?.status()).toBe(404);
});

/** The next page's URL from a response's Link header (RFC 8288), if there is one. */
const nextPage = (res: APIResponse) => /<([^>]+)>; rel="next"/.exec(res.headers().link ?? "")?.[1];

test("open data pages, followed by their Link headers, add up to the whole result that page=all streams", async ({
  request,
}) => {
  // Ten figures and two localities a page on this server.
  for (const [path, key] of [
    ["/api/figures?year=2024", "figures"],
    ["/api/comparisons?year=2024", "comparisons"],
  ] as const) {
    const paged: unknown[] = [];
    let next: string | undefined = path;
    let pages = 0;
    while (next) {
      const res: APIResponse = await request.get(next);
      const body = await res.json();
      pages++;
      expect(body.page, next).toBe(pages);
      expect(res.headers()["x-page"]).toBe(String(pages));
      paged.push(...body[key]);
      next = nextPage(res);
    }
    expect(pages, path).toBeGreaterThan(1);
    const whole = await request.get(`${path}&page=all`);
    expect(whole.headers()["content-type"]).toContain("application/json");
    expect(await whole.json()).toEqual({ [key]: paged, page: 1, pages: 1 });
  }
  // CSV: without page (or with page=all) the whole result, streamed: its pages, header once.
  const csvWhole = await (await request.get("/api/figures.csv?year=2024")).text();
  expect(await (await request.get("/api/figures.csv?year=2024&page=all")).text()).toBe(csvWhole);
  let csvPaged = "";
  for (let url: string | undefined = "/api/figures.csv?year=2024&page=1"; url;) {
    const res: APIResponse = await request.get(url);
    const text = await res.text();
    csvPaged += csvPaged ? text.slice(text.indexOf("\r\n") + 2) : text;
    url = nextPage(res);
  }
  expect(csvPaged).toBe(csvWhole);
  // A page number and "all" at once is a repeated parameter.
  const both = await request.get("/api/figures?page=all&page=2");
  expect(both.status()).toBe(400);
  expect((await both.json()).error.parameter).toBe("page");
});
