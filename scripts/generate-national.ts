// npm run generate:national -- [--out DIR] [--scale 1] [--years 10]
// Writes a synthetic national dataset in the curated seed format — catalogue, one source file
// and one "article" per locality and year — so that the real loader loads it, checks included.
// 63 provinces, about 700 districts, 40 indicators, 10 years: with scale 1, over 500,000 figures.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { progress } from "./progress";
import { nationalCatalog, nationalSource } from "./synthetic/national";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "data/national" },
    scale: { type: "string", default: "1" },
    years: { type: "string", default: "10" },
  },
});
const scale = Number(values.scale);
const years = Number(values.years);
if (!(scale > 0 && scale <= 1) || !(years >= 1 && years <= 30)) {
  console.error("generate-national: --scale must be in (0, 1] and --years in [1, 30]");
  process.exit(1);
}
const out = path.resolve(values.out);
fs.rmSync(out, { recursive: true, force: true });
for (const dir of ["catalog", "sources", "articles"])
  fs.mkdirSync(path.join(out, dir), { recursive: true });

const catalog = nationalCatalog(scale);
fs.writeFileSync(
  path.join(out, "catalog/localities.json"),
  JSON.stringify({ localities: catalog.localities }),
);
fs.writeFileSync(
  path.join(out, "catalog/indicators.json"),
  JSON.stringify({ indicators: catalog.indicators }),
);
let figures = 0;
let done = 0;
for (const locality of catalog.localities) {
  progress("generate-national", done++, catalog.localities.length, "localities");
  for (let y = 0; y < years; y++) {
    const { file, article } = nationalSource(locality.slug, 2015 + y, catalog.indicators);
    fs.writeFileSync(path.join(out, "sources", `${file.source.id}.json`), JSON.stringify(file));
    fs.writeFileSync(path.join(out, "articles", `${file.source.id}.txt`), article);
    figures += file.figures.length;
  }
}
progress("generate-national", done, catalog.localities.length, "localities");
console.log(
  `generate-national: ${catalog.localities.length} localities, ${catalog.indicators.length} indicators, ${years} years, ${figures} figures in ${path.relative(process.cwd(), out)}`,
);
