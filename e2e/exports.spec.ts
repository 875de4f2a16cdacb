import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer) {
  expect(buf.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Luminance variance of an image, decoded by the browser: a blank image has none. */
async function variance(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext("2d");
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let sum = 0,
      sq = 0,
      n = 0;
    for (let i = 0; i < d.length; i += 4 * 97) {
      const l = 0.2126 * (d[i] ?? 0) + 0.7152 * (d[i + 1] ?? 0) + 0.0722 * (d[i + 2] ?? 0);
      sum += l;
      sq += l * l;
      n++;
    }
    return sq / n - (sum / n) ** 2;
  }, png.toString("base64"));
}

async function download(page: Page, name: string, scope: ReturnType<Page["getByRole"]>) {
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    scope.getByRole("link", { name, exact: true }).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), body: fs.readFileSync(path) };
}

test("a chart downloads as PNG at slide and document sizes, 2× density, not blank", async ({
  page,
}) => {
  await page.goto("/vi/localities/ninh-thuan?year=2024");
  const card = page.getByRole("article", { name: "Tốc độ tăng trưởng GRDP" });
  const slide = await download(page, "Tải PNG", card);
  expect(slide.name).toBe("ninh-thuan_grdp-growth_2024_vi.png");
  expect(pngSize(slide.body)).toEqual({ width: 2560, height: 1440 });
  expect(await variance(page, slide.body)).toBeGreaterThan(100);
  const doc = await download(page, "PNG cho văn bản", card);
  expect(doc.name).toBe("ninh-thuan_grdp-growth_2024_vi_document.png");
  expect(pngSize(doc.body)).toEqual({ width: 1920, height: 1280 });
});

test("a chart downloads as a self-contained, script-free SVG with its title in Vietnamese", async ({
  page,
}) => {
  await page.goto("/vi/localities/hai-ha?year=2024");
  const card = page.getByRole("article", { name: "Tổng giá trị sản xuất" });
  const svg = await download(page, "Tải SVG", card);
  expect(svg.name).toBe("hai-ha_total-production-value_2024_vi.svg");
  const text = svg.body.toString("utf8");
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, "image/svg+xml");
    return {
      error: doc.getElementsByTagName("parsererror").length,
      title: doc.querySelector("title")?.textContent,
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" | "),
      scripts: doc.querySelectorAll("script, foreignObject").length,
      handlers: [...doc.querySelectorAll("*")]
        .flatMap((e) => [...e.attributes].map((a) => a.name))
        .filter((n) => n.startsWith("on")).length,
    };
  }, text);
  expect(parsed).toMatchObject({
    error: 0,
    title: "Tổng giá trị sản xuất",
    scripts: 0,
    handlers: 0,
  });
  expect(parsed.texts).toContain("Hải Hà");
  expect(parsed.texts).toContain("Đạt"); // the full-year result (more than 37,000) met the target
  expect(parsed.texts).toContain("Chỉ tiêu > 36.000 tỷ đồng");
  expect(parsed.texts).toContain("chỉ 10 tháng");
  expect(parsed.texts).not.toContain("…");
  expect(text).toMatch(/@font-face\{font-family:'Noto Sans'[^}]*src:url\(data:font\/woff2;base64,/);
  expect(text).toContain("U+1EA0-1EF9"); // the Vietnamese subset is embedded
  expect(text).not.toContain("var(--");
  expect(text).not.toMatch(/<animate/);
});

test("the server renders the same chart image for og:image", async ({ page, request }) => {
  await page.goto("/en/localities/binh-xuyen?year=2023");
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toMatch(
    /\/api\/chart-image\?locality=binh-xuyen&indicator=production-value-growth&year=2023&basis=level&lang=en$/,
  );
  const res = await request.get(new URL(og as string).pathname + new URL(og as string).search);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const body = await res.body();
  expect(pngSize(body)).toEqual({ width: 2560, height: 1440 });
  expect(await variance(page, body)).toBeGreaterThan(100);
  const svg = await (
    await request.get(
      "/api/chart-image?locality=binh-xuyen&indicator=production-value-growth&year=2023&format=svg",
    )
  ).text();
  expect(svg).toContain("Missed");
  expect(svg).toContain(
    "/en/localities/binh-xuyen/2023#cmp-binh-xuyen-production-value-growth-2023-level",
  );
  expect(
    (
      await request.get(
        "/api/chart-image?locality=binh-xuyen&indicator=production-value-growth&year=2023&size=poster",
      )
    ).status(),
  ).toBe(400);
  expect(
    (
      await request.get(
        "/api/chart-image?locality=hai-ha&indicator=total-production-value&year=2024&basis=share",
      )
    ).status(),
  ).toBe(404);
});

test("CSV and JSON downloads hold exactly the figures a filtered view shows", async ({ page }) => {
  await page.goto("/en/localities/binh-xuyen?year=2023&category=economy");
  const onScreen = new Set(
    await page
      .locator("summary[data-figure]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-figure"))),
  );
  const filters = page.getByRole("navigation", { name: "Year" }).locator("..");
  const csv = await download(page, "Download CSV", filters);
  expect(csv.name).toBe("chi-tieu_binh-xuyen_2023_economy.csv");
  const rows = csv.body.toString("utf8").split("\r\n").filter(Boolean).slice(1);
  const ids = new Set(rows.map((r) => r.split(",")[0]));
  expect(ids).toEqual(onScreen);
  // Article 002's seven figures, and the same report's five on vietnam.vn (web-binh-xuyen-vietnamvn-2023).
  expect(ids.size).toBe(12);
  const json = await download(page, "Download JSON", filters);
  expect(
    new Set(JSON.parse(json.body.toString("utf8")).figures.map((f: { id: string }) => f.id)),
  ).toEqual(onScreen);
});

test("a locality page prints to A4 on a few pages without navigation", async ({ page }) => {
  for (const path of [
    "/en/localities/ninh-thuan?year=2024",
    "/vi/localities/binh-xuyen?year=2023",
  ]) {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: /Main|Chính/ })).toBeHidden();
    await expect(page.getByRole("article").first()).toBeVisible();
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, path).toBeGreaterThanOrEqual(1);
    // Ninh Thuận 2024 prints as a report (issue 13): a cover with the scorecard, the bullet
    // chart, two chart cards a page with each category from a fresh page, the tables and the
    // sources with their quotes: 15 pages in a headless Chromium print of the curated data.
    expect(pages, path).toBeLessThanOrEqual(18);
  }
});

test("a chart image is rendered once: the second answer is the same bytes; a missing one is never kept", async ({
  request,
}) => {
  const url = "/api/chart-image?locality=hai-ha&indicator=total-production-value&year=2024";
  const first = await request.get(url);
  const second = await request.get(url);
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("image/png");
  expect(Buffer.compare(await first.body(), await second.body())).toBe(0);
  for (let i = 0; i < 2; i++) {
    const missing = await request.get(
      "/api/chart-image?locality=atlantis&indicator=total-production-value&year=2024",
    );
    expect([400, 404]).toContain(missing.status());
    expect(missing.headers()["cache-control"]).toBe("no-store");
  }
});
