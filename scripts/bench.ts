// npm run bench [-- --seconds 4] — measures seeding, pages and API against the static-file
// ceiling at four data sizes, First Load JS and Lighthouse, prints the table and writes it into
// BENCHMARKS.md between the generated-results markers. Loopback only; bounded in time.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { load, type LoadResult } from "./bench/load";
import {
  firstLoadJsKb,
  generate,
  lighthouseScores,
  seedDatabase,
  type SeedStats,
} from "./bench/measure";
import { ENV, run, startNext, startServer } from "./bench/processes";
import { imageLoad, type ImageLoadResult } from "./bench/images";
import { soak, type SoakResult } from "./bench/soak";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "4" },
    soak: { type: "string", default: "120" },
    images: { type: "string", default: "20" },
  },
});
const SECONDS = Number(values.seconds);
const SOAK_SECONDS = Number(values.soak);
const IMAGE_SECONDS = Number(values.images);
const DIR = path.resolve("data/bench");
const PORT = 3900;
const STATIC_PORT = 3901;
fs.mkdirSync(DIR, { recursive: true });

type Dataset = { name: string; seeds: string; locality: string; indicator: string };
const DATASETS: Dataset[] = [
  { name: "curated", seeds: "seeds", locality: "ninh-thuan", indicator: "budget-revenue" },
  {
    name: "national 10%",
    seeds: path.join(DIR, "national-10"),
    locality: "huyen-mau-1-1",
    indicator: "chi-so-1",
  },
  {
    name: "national 50%",
    seeds: path.join(DIR, "national-50"),
    locality: "huyen-mau-1-1",
    indicator: "chi-so-1",
  },
  {
    name: "national 100%",
    seeds: path.join(DIR, "national-100"),
    locality: "huyen-mau-1-1",
    indicator: "chi-so-1",
  },
];
// Each view by the path its links use; "locality ?year=" is the same page reached by an old
// query-string link, through next.config rewrites.
const routes = (d: Dataset) => ({
  overview: "/en/years/2024",
  locality: `/en/localities/${d.locality}/2024`,
  "locality ?year=": `/en/localities/${d.locality}?year=2024`,
  indicator: `/en/indicators/${d.indicator}/2024`,
  "api/comparisons": `/api/comparisons?locality=${d.locality}&year=2024`,
  review: "/en/review/2024",
  "review missed": "/en/review/2024.status-missed",
  "api/comparisons missed": "/api/comparisons?year=2024&status=missed",
  "api/comparisons.xlsx": `/api/comparisons.xlsx?locality=${d.locality}&year=2024`,
});
const hasCeiling = (route: string) => !route.startsWith("api") && !route.includes("?");
const staticName = (route: string) => route.replace(/\W+/g, "-");

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const seeds: Record<string, SeedStats> = {};
for (const d of DATASETS) {
  if (d.name !== "curated") {
    log(`generating ${d.name}`);
    generate(Number(/(\d+)%/.exec(d.name)?.[1]) / 100, d.seeds);
  }
  log(`seeding ${d.name}`);
  const db = path.join(DIR, `${d.name.replace(/\W+/g, "-")}.db`);
  fs.rmSync(db, { force: true });
  seeds[d.name] = seedDatabase(d.seeds, db);
}

log("building");
run("node_modules/.bin/next", ["build"], {
  ...ENV,
  DATABASE_URL: `file:${path.join(DIR, "curated.db")}`,
});

type Row = {
  dataset: string;
  route: string;
  c: number;
  page: LoadResult;
  ceiling: LoadResult | null;
};
const rows: Row[] = [];
const memory: { dataset: string; warm: number; end: number }[] = [];
const firstLoad: Record<string, number> = {};
let lighthouse: Record<string, { performance: number; accessibility: number }> = {};
let soaked: SoakResult | null = null;
let imaged: ImageLoadResult | null = null;
for (const d of DATASETS) {
  const server = await startNext(path.join(DIR, `${d.name.replace(/\W+/g, "-")}.db`), PORT);
  const staticDir = fs.mkdtempSync(path.join(DIR, "static-"));
  const base = `http://127.0.0.1:${PORT}`;
  for (const [name, url] of Object.entries(routes(d))) {
    const res = await fetch(base + url); // warm-up: renders and caches the view
    if (hasCeiling(name))
      fs.writeFileSync(path.join(staticDir, `${staticName(name)}.html`), await res.text());
  }
  const stat = await startServer(
    "node",
    ["scripts/bench/static-server.mjs", staticDir, String(STATIC_PORT)],
    ENV,
    `http://127.0.0.1:${STATIC_PORT}/overview`,
  );
  // Warm-up under load, so the memory baseline is the server's steady state, not a cold heap.
  // 6 s a route: shorter, and V8's heap is still growing towards its steady size when measured.
  for (const url of Object.values(routes(d))) await load(base + url, 10, 6);
  const warm = server.rssMb();
  for (const [name, url] of Object.entries(routes(d))) {
    for (const c of [1, 10]) {
      log(`${d.name} ${name} c=${c}`);
      const page = await load(base + url, c, SECONDS);
      const ceiling = hasCeiling(name)
        ? await load(`http://127.0.0.1:${STATIC_PORT}/${staticName(name)}`, c, SECONDS)
        : null;
      rows.push({ dataset: d.name, route: name, c, page, ceiling });
    }
  }
  memory.push({ dataset: d.name, warm, end: server.rssMb() });
  if (d.name === "national 100%" && IMAGE_SECONDS > 0) {
    log(`images: ${IMAGE_SECONDS} s at 50 connections`);
    imaged = await imageLoad(base, routes(d).locality, IMAGE_SECONDS);
  }
  if (d.name === "national 100%" && SOAK_SECONDS > 0) {
    log(`soak: ${SOAK_SECONDS} s at 50 connections`);
    soaked = await soak(base, server.rssMb, SOAK_SECONDS);
  }
  if (d.name === "curated") {
    for (const [name, url] of Object.entries(routes(d)))
      if (hasCeiling(name)) firstLoad[name] = await firstLoadJsKb(base + url);
    firstLoad.methodology = await firstLoadJsKb(`${base}/en/methodology`);
    log("lighthouse");
    lighthouse = {
      overview: await lighthouseScores(`${base}/en`),
      locality: await lighthouseScores(`${base}/en/localities/ninh-thuan/2024`),
    };
  }
  await stat.stop();
  await server.stop();
  fs.rmSync(staticDir, { recursive: true, force: true });
}

const { report } = await import("./bench/report");
const text = report({
  seeds,
  rows,
  memory,
  firstLoad,
  lighthouse,
  soak: soaked,
  images: imaged,
  seconds: SECONDS,
});
console.log(text);
const file = "BENCHMARKS.md";
const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";
const current = fs.existsSync(file)
  ? fs.readFileSync(file, "utf8")
  : `# Benchmarks\n\n${START}\n${END}\n`;
const [head, rest = ""] = current.split(START);
fs.writeFileSync(file, `${head}${START}\n${text}\n${END}${rest.split(END)[1] ?? "\n"}`);
log(`wrote ${file}`);
