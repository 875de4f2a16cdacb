// npm run curate:coverage — for each article, every number in its text and whether a figure uses
// it or a skip in the seed says why not. Exits 1 when a number is unaccounted for.
import path from "node:path";
import { articleCoverage } from "../lib/seed/coverage";
import { readSeeds } from "../lib/seed/read";

const verbose = process.argv.includes("--all");
const root = path.resolve(import.meta.dirname, "..");
const result = readSeeds(path.join(root, "seeds"), path.join(root, "seeds", "articles"));
if (!result.ok) {
  console.error(
    `curate:coverage: the seeds do not load (${result.errors.length} errors); run npm run seed`,
  );
  process.exit(1);
}
let missing = 0;
console.log(
  "| source | numbers | used by a figure | skipped with a reason | unaccounted | covered |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
const details: string[] = [];
for (const { data, article } of result.seeds.sources) {
  if (article === null) continue;
  const rows = articleCoverage(data, article);
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  missing += count("missing");
  const pct = rows.length
    ? ((100 * (rows.length - count("missing"))) / rows.length).toFixed(1)
    : "100.0";
  console.log(
    `| ${data.source.id} | ${rows.length} | ${count("used")} | ${count("skipped")} | ${count("missing")} | ${pct} % |`,
  );
  for (const r of rows)
    if (verbose || r.status === "missing")
      details.push(`${data.source.id} @${r.at} ${r.token}: ${r.status}${r.by ? ` (${r.by})` : ""}`);
}
if (details.length) console.log(`\n${details.join("\n")}`);
process.exit(missing > 0 ? 1 : 0);
