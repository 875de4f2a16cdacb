import { expect, test } from "@playwright/test";

// The second test server (playwright.config.ts) keeps views in a page cache of 2 MB: a few dozen
// small views, or about eighty 404 pages. Were made-up URLs' 404s kept with the views, the six
// hundred below would push every real view out (checked by keeping them: this test fails).
const PORT = Number(process.env.E2E_HOSTILE_PORT ?? Number(process.env.E2E_PORT ?? 3200) + 1);
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

const REAL = [
  "/en/localities/hai-ha/2024.missed",
  "/vi/localities/hai-ha/2023",
  "/en/years/2024.2",
  "/vi/indicators/budget-revenue/2024.2",
];

// Six kinds of made-up view: slug, year, overview page, indicator page, indicator, review year.
const madeUp = (i: number) =>
  [
    `/en/localities/made-up-${i}/2024`,
    `/vi/localities/hai-ha/${1900 + (i % 100)}.missed`,
    `/en/years/2024.${10 + i}`,
    `/vi/indicators/budget-revenue/2024.${10 + i}`,
    `/en/indicators/made-up-${i}/latest`,
    `/vi/review/${2030 + (i % 50)}`,
  ][i % 6] as string;

test("made-up slugs, years and page numbers get a 404 no cache keeps, and push no real view out", async ({
  request,
}) => {
  for (const url of REAL) expect((await request.get(url)).status(), url).toBe(200);
  for (const url of REAL) expect((await request.get(url)).headers()["x-nextjs-cache"]).toBe("HIT");
  const N = 600;
  for (let i = 0; i < N; i += 12) {
    const batch = Array.from({ length: 12 }, (_, j) => madeUp(i + j));
    const answers = await Promise.all(batch.map((url) => request.get(url)));
    answers.forEach((res, j) => {
      expect(res.status(), batch[j]).toBe(404);
      expect(res.headers()["cache-control"], batch[j]).toBe("no-store");
    });
  }
  const notFound = await request.get(madeUp(0));
  expect(await notFound.text()).toContain("Page not found");
  for (const url of REAL)
    expect((await request.get(url)).headers()["x-nextjs-cache"], url).toBe("HIT");
});
