// npm run seed [-- --seeds DIR] [-- --articles DIR]
// Validates every seed file, then loads them into the database named by DATABASE_URL in one
// transaction. Any problem: every error is printed, nothing is written, exit code 1.
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseFile } from "../lib/database-url";
import { describeError, readSeeds } from "../lib/seed/read";
import { toRows } from "../lib/seed/rows";
import { syncDatabase } from "../lib/seed/write";
import { phase } from "./progress";

function main(): number {
  const { values } = parseArgs({
    options: {
      seeds: { type: "string", default: "seeds" },
      articles: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(
      "usage: npm run seed -- [--seeds DIR (default seeds)] [--articles DIR (default DIR/articles)]",
    );
    return 0;
  }
  const started = performance.now();
  const seedDir = path.resolve(values.seeds);
  const articlesDir = path.resolve(values.articles ?? path.join(values.seeds, "articles"));
  phase(`seed: reading and checking ${path.relative(process.cwd(), seedDir) || "."}`);
  const result = readSeeds(seedDir, articlesDir);
  if (!result.ok) {
    for (const e of result.errors) console.error(`error: ${describeError(e)}`);
    console.error(`seed: ${result.errors.length} error(s); the database was not changed`);
    return 1;
  }
  const dbFile = databaseFile(process.env.DATABASE_URL);
  const rows = toRows(result.seeds);
  phase(`seed: writing ${rows.Figure.length} figures in one transaction`);
  const report = syncDatabase(dbFile, rows);
  const ms = Math.round(performance.now() - started);
  const f = report.Figure;
  console.log(
    `seed: ${rows.Figure.length} figures from ${rows.Source.length} sources into ${path.relative(process.cwd(), dbFile)} ` +
      `(figures inserted ${f.inserted}, updated ${f.updated}, deleted ${f.deleted}, unchanged ${f.unchanged}) in ${ms} ms`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`seed: ${(e as Error).message}; the database was not changed`);
  process.exitCode = 1;
}
