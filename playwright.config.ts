import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const HOSTILE_PORT = Number(process.env.E2E_HOSTILE_PORT ?? PORT + 1);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Real Chromium (Debian's, Playwright cannot download its own here) against the production build.
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A first render on a cold cache can take seconds on a busy 2-core CI machine; no test is timed.
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: "bash scripts/start.sh",
      url: `http://127.0.0.1:${PORT}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(PORT),
        HOST: "127.0.0.1",
        DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/test.db",
      },
    },
    {
      // The same build on seeds whose curated text carries markup (e2e/output-safety.spec.ts),
      // with two localities (indicator pages, comparisons API), two provinces (overview) and ten
      // figures (figures API) a page, so pagination shows on the curated data (e2e/pagination.spec.ts).
      command: "bash scripts/start.sh",
      url: `http://127.0.0.1:${HOSTILE_PORT}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(HOSTILE_PORT),
        HOST: "127.0.0.1",
        DATABASE_URL: "file:./data/hostile.db",
        INDICATOR_PAGE_SIZE: "2",
        OVERVIEW_PAGE_SIZE: "2",
        OPEN_DATA_FIGURES_PER_PAGE: "10",
        OPEN_DATA_LOCALITIES_PER_PAGE: "2",
        // A page cache of a few dozen views, so that e2e/made-up-urls.spec.ts would see made-up
        // URLs push real views out, were their 404s kept.
        CACHE_MAX_MB: "2",
      },
    },
  ],
});
