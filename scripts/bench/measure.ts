import { gzipSync } from "node:zlib";
import { ENV, run } from "./processes";

export type SeedStats = { figures: number; seconds: number; perSecond: number; maxRssMb: number };

/** Creates a database with the real migrations and loads a seed folder with the real loader. */
export function seedDatabase(seeds: string, db: string): SeedStats {
  const env = { ...ENV, DATABASE_URL: `file:${db}` };
  run("npx", ["prisma", "migrate", "deploy"], env);
  const out = run(
    "/usr/bin/time",
    ["-v", "node_modules/.bin/tsx", "scripts/seed.ts", "--seeds", seeds],
    env,
  );
  const figures = Number(/seed: (\d+) figures/.exec(out)?.[1] ?? 0);
  const ms = Number(/in (\d+) ms/.exec(out)?.[1] ?? 0);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(out)?.[1] ?? 0);
  return { figures, seconds: ms / 1000, perSecond: figures / (ms / 1000), maxRssMb: rssKb / 1024 };
}

/** Generates the synthetic national dataset at a scale into a folder. */
export function generate(scale: number, out: string): void {
  run("node_modules/.bin/tsx", [
    "scripts/generate-national.ts",
    "--scale",
    String(scale),
    "--out",
    out,
  ]);
}

/** First Load JS of a page: every script its HTML loads, gzipped, in kB. */
export async function firstLoadJsKb(url: string): Promise<number> {
  const html = await (await fetch(url)).text();
  const srcs = [
    ...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string)),
  ];
  let total = 0;
  for (const src of srcs)
    total += gzipSync(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())).length;
  return total / 1000;
}

export type LighthouseScores = { performance: number; accessibility: number };

/**
 * Lighthouse performance and accessibility (desktop preset) in Debian's Chromium. A run whose
 * trace failed has no performance score (Lighthouse's NO_NAVSTART: "Please run Lighthouse
 * again"; one run in three here): it is run again, up to three times, and only then scored 0.
 */
export async function lighthouseScores(url: string): Promise<LighthouseScores> {
  let scores: LighthouseScores | null = null;
  for (let attempt = 0; attempt < 3 && !scores; attempt++) scores = await lighthouseRun(url);
  return scores ?? { performance: 0, accessibility: 0 };
}

async function lighthouseRun(url: string): Promise<LighthouseScores | null> {
  const { default: lighthouse } = await import("lighthouse");
  const desktop = (await import("lighthouse/core/config/desktop-config.js")).default;
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, onlyCategories: ["performance", "accessibility"], logLevel: "error" },
      desktop,
    );
    const c = result?.lhr.categories;
    const performance = c?.performance?.score;
    const accessibility = c?.accessibility?.score;
    if (performance == null || accessibility == null) return null;
    return {
      performance: Math.round(performance * 100),
      accessibility: Math.round(accessibility * 100),
    };
  } finally {
    chrome.kill();
  }
}
