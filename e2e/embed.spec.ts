import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { HOSTILE } from "../scripts/test-support/hostile-seeds";

// A chart's embed page (app/embed) is the one kind of page another site may frame; every other
// page refuses. "Another site" here is a tiny server on another loopback port (another origin)
// whose page frames an embed page and a normal page of the e2e server.
const SITE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3200}`;
const EMBED = "/embed/en/hai-ha/total-production-value/2024/level";
const PAGE = "/en/localities/hai-ha/2024";
const ANCHOR = "#cmp-hai-ha-total-production-value-2024-level";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let host: Server;
let hostUrl = "";

test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html>
<html lang="en">
  <head><title>Another site</title></head>
  <body>
    <iframe name="embed" title="Embedded chart" src="${SITE}${EMBED}" width="800" height="600"></iframe>
    <iframe name="page" title="Framed page" src="${SITE}${PAGE}" width="800" height="600"></iframe>
  </body>
</html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => host.close(() => resolve()));
});

test("another site frames a chart's embed page: title, status, chart, sources and a link back", async ({
  page,
}) => {
  await page.goto(hostUrl);
  const frame = page.frameLocator('iframe[title="Embedded chart"]');
  await expect(
    frame.getByRole("heading", { level: 1, name: "Total production value", exact: true }),
  ).toBeVisible();
  await expect(frame.getByText("Achieved", { exact: true })).toBeVisible();
  await expect(frame.getByText(/^Sources: /)).toContainText("2024 results on the way");
  // The chart is drawn by the page's own scripts, which run inside the frame.
  await expect(frame.locator(".recharts-bar-rectangle").first()).toBeVisible();
  // No site navigation in an embed.
  await expect(frame.getByRole("navigation")).toHaveCount(0);
  const back = frame.getByRole("link", { name: "View on Chỉ tiêu" });
  await expect(back).toHaveAttribute("href", `${PAGE}${ANCHOR}`);
  await expect(back).toHaveAttribute("target", "_top");
  // The full page opens in the top window (it could not show inside the frame).
  await back.click();
  await expect(page).toHaveURL(`${SITE}${PAGE}${ANCHOR}`);
  await expect(page.getByRole("heading", { level: 1, name: "Hải Hà" })).toBeVisible();
});

test("a normal page refuses to be framed: its frame never shows it", async ({ page, request }) => {
  const res = await request.get(PAGE);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(res.headers()["x-frame-options"]).toBe("DENY");
  // goto waits for the load event, which waits for both frames: the refused one included.
  await page.goto(hostUrl);
  await expect(
    page.frameLocator('iframe[title="Embedded chart"]').getByRole("heading"),
  ).toBeVisible();
  await expect.poll(() => page.frames().length).toBe(3);
  const urls = page.frames().map((f) => f.url());
  expect(urls).toContain(`${SITE}${EMBED}`);
  // Chromium replaces a refused frame's document with its own error page (chrome-error://…).
  expect(urls).not.toContain(`${SITE}${PAGE}`);
});

test("embed pages may be framed by any site, with every other security header unchanged", async ({
  request,
}) => {
  const embed = await request.get(EMBED);
  const page = await request.get(PAGE);
  expect(embed.status()).toBe(200);
  const policies = (res: typeof embed) =>
    res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "content-security-policy")
      .map((h) => h.value);
  const site = (res: typeof embed) => policies(res).find((v) => v.startsWith("default-src")) ?? "";
  expect(site(embed)).toContain("frame-ancestors *");
  expect(site(embed)).not.toContain("frame-ancestors 'none'");
  // The same site-wide policy as any page but for its frame-ancestors.
  expect(site(page)).toContain("frame-ancestors 'none'");
  expect(site(embed)).toBe(site(page).replace("frame-ancestors 'none'", "frame-ancestors *"));
  // A cached view: its own script policy too (lib/csp/page-policy.cjs).
  expect(policies(embed).some((v) => v.startsWith("script-src 'self' 'sha256-"))).toBe(true);
  const e = embed.headers();
  const p = page.headers();
  expect(e["x-frame-options"]).toBeUndefined();
  expect(p["x-frame-options"]).toBe("DENY");
  // A site that requires it of its frames (Cross-Origin-Embedder-Policy) may still frame them.
  expect(e["cross-origin-resource-policy"]).toBe("cross-origin");
  for (const h of [
    "strict-transport-security",
    "x-content-type-options",
    "referrer-policy",
    "permissions-policy",
    "cross-origin-opener-policy",
  ]) {
    expect(e[h], h).toBeTruthy();
    expect(e[h], h).toBe(p[h]);
  }
});

test("the embed page speaks Vietnamese on /embed/vi", async ({ page }) => {
  await page.goto("/embed/vi/hai-ha/total-production-value/2024/level");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(
    page.getByRole("heading", { level: 1, name: "Tổng giá trị sản xuất", exact: true }),
  ).toBeVisible();
  await expect(page.getByText("Đạt", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Xem trên Chỉ tiêu" })).toHaveAttribute(
    "href",
    `/vi/localities/hai-ha/2024${ANCHOR}`,
  );
});

test("a malformed or unknown embed path is a 404, never a framed site page", async ({
  request,
}) => {
  for (const path of [
    "/embed",
    "/embed/en",
    "/embed/fr/hai-ha/total-production-value/2024/level",
    "/embed/en/hai-ha",
    "/embed/en/hai-ha/total-production-value/2024/level/extra",
    "/embed/en/hai-ha/total-production-value/2024/nonsense",
    "/embed/en/hai-ha/total-production-value/24/level",
    "/embed/en/atlantis/total-production-value/2024/level",
    "/embed/en/hai-ha/no-such-indicator/2024/level",
    "/embed/en/hai-ha/total-production-value/1999/level",
    "/embed/en/hai-ha/%ff/2024/level",
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
  }
});

test("a chart card's Share panel gives its link, a citation dated today and the embed code", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE });
  await page.goto(PAGE);
  const card = page.getByRole("article", { name: "Total production value", exact: true });
  await card.getByText("Share", { exact: true }).click();
  // SITE_URL is not set on the e2e server: the browser's own origin makes the links absolute.
  const url = `${SITE}${PAGE}${ANCHOR}`;
  await expect(card.getByRole("textbox", { name: "Link to this chart" })).toHaveValue(url);
  const citation = card.getByRole("textbox", { name: "Citation" });
  await expect(citation).toHaveValue(
    new RegExp(
      `^Chỉ tiêu \\(\\d{4}\\)\\. Total production value, Hải Hà, 2024\\. ${escape(url)}\\. ` +
        `No dated source\\. Accessed \\d{1,2} [A-Z][a-z]+ \\d{4}\\.$`,
    ),
  );
  await expect(card.getByRole("textbox", { name: "Embed code" })).toHaveValue(
    `<iframe src="${SITE}${EMBED}" title="Total production value — Hải Hà, 2024" width="100%" ` +
      `height="560" style="border:0" loading="lazy"></iframe>`,
  );
  await card.getByRole("button", { name: "Copy citation" }).click();
  await expect(card.getByRole("status").filter({ hasText: /^Copied$/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await citation.inputValue(),
  );
});

test("the embed page has no axe violations", async ({ page }) => {
  await page.goto(EMBED);
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
});

test("curated text holding markup shows as text in an embed, and runs nothing", async ({
  page,
}) => {
  // The second e2e server, on seeds whose curated text carries markup (e2e/output-safety.spec.ts).
  const hostile = Number(process.env.E2E_HOSTILE_PORT ?? Number(process.env.E2E_PORT ?? 3200) + 1);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`http://127.0.0.1:${hostile}/embed/en/${HOSTILE.slug}/budget-revenue/2024/level`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(HOSTILE.nameVi, { exact: false }).first()).toBeVisible();
  await expect(page.locator("img[src=x], b:text-is('Thử')")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
