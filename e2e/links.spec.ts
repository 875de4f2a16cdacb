import { expect, test, type APIRequestContext } from "@playwright/test";

// Every link the dashboard prints leads somewhere: a crawl from both language roots follows each
// same-site link and fails on any that answers other than 200. A district's page once linked its
// province at a year the province does not report, which is a 404 (and Next's prefetch of it a
// console error). Filtered locality views (a status or category in the path) are checked but not
// expanded: they print the same links as the unfiltered view, and there are hundreds of them.
const HREF = /<a\b[^>]*?\shref="([^"#]*)(?:#[^"]*)?"/g;
const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&quot;": '"',
  "&#x27;": "'",
  "&lt;": "<",
  "&gt;": ">",
};
const decode = (s: string) => s.replace(/&(?:amp|quot|#x27|lt|gt);/g, (e) => ENTITIES[e] ?? e);
// Filtered views are checked but not followed: each links to every other combination of filters.
const FILTERED = /^\/(en|vi)\/(localities\/[^/]+\/[^/.]+\.[^/]+|review\/\d{4}\.[^/]+)$/;

type Crawl = { pages: number; urls: number; broken: string[] };

/** Follows every same-site link from the language roots, breadth first, eight requests at a time. */
async function crawl(request: APIRequestContext, origin: string): Promise<Crawl> {
  const seen = new Set<string>(["/en", "/vi"]);
  const broken: string[] = [];
  let queue = [...seen].map((url) => ({ url, from: "(start)" }));
  let pages = 0;
  while (queue.length > 0) {
    const next: typeof queue = [];
    for (let i = 0; i < queue.length; i += 8) {
      await Promise.all(
        queue.slice(i, i + 8).map(async ({ url, from }) => {
          const res = await request.get(origin + url, { maxRedirects: 0 });
          if (res.status() !== 200)
            return void broken.push(`${url} → ${res.status()} (linked from ${from})`);
          if (
            url.startsWith("/api/") ||
            FILTERED.test(url) ||
            !(res.headers()["content-type"] ?? "").includes("text/html")
          )
            return;
          pages++;
          for (const [, raw] of (await res.text()).matchAll(HREF)) {
            const href = decode(raw ?? "");
            if (!href.startsWith("/") || href.startsWith("//") || seen.has(href)) continue;
            seen.add(href);
            next.push({ url: href, from: url });
          }
        }),
      );
    }
    queue = next;
  }
  return { pages, urls: seen.size, broken };
}

const PORT = Number(process.env.E2E_PORT ?? 3200);
const HOSTILE_PORT = Number(process.env.E2E_HOSTILE_PORT ?? PORT + 1);

test("every link on the site leads to a page, from both languages", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const { pages, urls, broken } = await crawl(request, baseURL ?? "");
  expect(broken).toEqual([]);
  // The crawl reached the whole curated site: 8 localities in 2 languages with their years and
  // filters, indicators, sources, the methodology and the downloads (174 pages, 442 URLs today).
  expect(pages).toBeGreaterThanOrEqual(150);
  expect(urls).toBeGreaterThanOrEqual(400);
});

test("every link leads to a page where views are paged two to a page", async ({ request }) => {
  test.setTimeout(240_000);
  const { pages, broken } = await crawl(request, `http://127.0.0.1:${HOSTILE_PORT}`);
  expect(broken).toEqual([]);
  expect(pages).toBeGreaterThanOrEqual(150);
});
