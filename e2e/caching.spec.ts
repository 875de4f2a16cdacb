import { expect, test } from "@playwright/test";

// Identical instances behind a CDN: the database is read-only while serving, so responses can be
// cached by shared caches. These headers are what makes that safe and useful.
test("open data and chart images are cacheable by browsers and shared caches", async ({
  request,
}) => {
  for (const url of [
    "/api/figures?year=2024",
    "/api/figures.csv?locality=hai-ha",
    "/api/comparisons?locality=ninh-thuan&year=2024",
    "/api/chart-image?locality=ninh-thuan&indicator=grdp-growth&year=2024",
  ]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["cache-control"], url).toBe(
      "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800",
    );
  }
});

test("views are rendered once and then served from the cache, with a shared-cache lifetime", async ({
  request,
}) => {
  const url = "/en/localities/hai-ha?year=2024&category=economy";
  await request.get(url);
  const res = await request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(res.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(await res.text()).toContain("Total production value");
});

test("errors are not cached as pages", async ({ request }) => {
  const res = await request.get("/fr");
  expect(res.status()).toBe(404);
  expect(res.headers()["cache-control"]).toContain("no-store");
});
