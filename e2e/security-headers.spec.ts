import { expect, test } from "@playwright/test";

const PATHS = [
  "/en",
  "/vi/localities/hai-ha?year=2024",
  "/en/indicators/budget-revenue",
  "/en/sources/003_a07391bbfb521831",
  "/en/methodology",
  "/en/localities/atlantis",
  "/fr",
  "/api/figures?year=2024",
  "/api/figures.csv",
  "/api/comparisons?year=abc",
  "/api/chart-image?locality=hai-ha&indicator=total-production-value&year=2024&format=svg",
  "/icon.svg",
  // Only the embed pages (/embed/{lang}/…) may be framed (e2e/embed.spec.ts): paths that merely
  // begin alike keep the site's policy.
  "/embed",
  "/embedded",
];

test("every response but an embed page's carries the security headers", async ({ request }) => {
  for (const path of PATHS) {
    const h = (await request.get(path, { maxRedirects: 0 })).headers();
    const csp = h["content-security-policy"] ?? "";
    // Other sites show chart images (og:image, <img>); an SVG one opened as a document runs nothing.
    const chart = path.startsWith("/api/chart-image");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(
      chart ? /^default-src 'none'; style-src 'unsafe-inline';/ : /script-src 'self'/,
    );
    expect(csp, path).not.toContain("unsafe-eval");
    expect(h["strict-transport-security"], path).toContain("max-age=");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], path).toContain("camera=()");
    expect(h["permissions-policy"], path).not.toContain("interest-cohort");
    expect(h["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(h["cross-origin-resource-policy"], path).toBe(chart ? "cross-origin" : "same-origin");
  }
});

test("pages work under the CSP: charts draw, no CSP violation is reported", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/vi/localities/ninh-thuan?year=2024");
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await page
    .getByRole("article", { name: "Tốc độ tăng trưởng GRDP" })
    .locator(".recharts-bar-rectangle")
    .first()
    .click();
  await page.goto("/en/methodology");
  await page.getByRole("link", { name: "Xem bằng tiếng Việt" }).click();
  await expect(page).toHaveURL(/\/vi\/methodology$/);
  expect(violations).toEqual([]);
});

test("a view also carries its own script policy: its inline scripts by hash, nothing else inline", async ({
  request,
}) => {
  // "2024.all" is a view no link prints and no rewrite makes (they print "2024" and rewrite to
  // "2024.all.all"), so its first response is the render itself (MISS), the second from the cache.
  for (const expected of ["MISS", "HIT"]) {
    const res = await request.get("/vi/localities/bac-ai/2024.all");
    expect(res.headers()["x-nextjs-cache"]).toBe(expected);
    const policies = res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "content-security-policy")
      .map((h) => h.value);
    expect(policies).toHaveLength(2);
    const own = policies.find((p) => p.startsWith("script-src 'self' 'sha256-")) ?? "";
    expect(own).not.toMatch(/unsafe/);
    // One hash for each distinct inline script in the page.
    const inline = new Set(
      [...(await res.text()).matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script/gi)].map(
        (m) => m[1],
      ),
    );
    expect(own.match(/'sha256-/g)).toHaveLength(inline.size);
  }
});

test("on a view, an inline script the site did not render is refused", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto("/en/localities/ninh-thuan/2024");
  await expect(page.getByRole("heading", { level: 1, name: "Ninh Thuận" })).toBeVisible();
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "document.documentElement.dataset.injected = 'ran'";
    document.body.append(s);
  });
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  expect(await page.locator("html").getAttribute("data-injected")).toBeNull();
  // The page's own scripts still run: the chart, drawn on the client, is there.
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
});
