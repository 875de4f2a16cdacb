import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { describeDuplicateKey, findDuplicateKeys } from "./duplicate-keys";
import { formatPath } from "./paths";
import { indicatorsFileSchema, localitiesFileSchema, sourceFileSchema } from "./schema";
import type { ReadResult, SeedError, SeedSet } from "./types";
import { validateSeeds } from "./validate";

export type { ReadResult, SeedError } from "./types";

export function describeError(e: SeedError): string {
  return `${e.file}: ${e.path}: ${e.message}`;
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith("..") ? file : rel;
}

/** Reads and parses one JSON file with a zod schema; every problem becomes a SeedError. */
function readJson<S extends z.ZodType>(
  file: string,
  schema: S,
  errors: SeedError[],
): z.infer<S> | undefined {
  const name = display(file);
  let raw: Buffer;
  try {
    raw = fs.readFileSync(file);
  } catch {
    errors.push({ file: name, path: "(file)", message: "cannot be read (missing or not a file)" });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    errors.push({ file: name, path: "(file)", message: "is not valid UTF-8 text" });
    return undefined;
  }
  const body = text.replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    errors.push({
      file: name,
      path: "(file)",
      message: `is not valid JSON: ${(e as Error).message}`,
    });
    return undefined;
  }
  // JSON.parse keeps the last of two equal keys without a word; a seed file with one is rejected.
  // Checked only now, on text JSON.parse accepted, so validity stays JSON.parse's decision.
  const duplicates = findDuplicateKeys(body);
  for (const d of duplicates)
    errors.push({ file: name, path: formatPath(d.path), message: describeDuplicateKey(d) });
  const parsed = schema.safeParse(json);
  if (parsed.success) return duplicates.length > 0 ? undefined : parsed.data;
  for (const issue of parsed.error.issues)
    errors.push({ file: name, path: formatPath(issue.path), message: issue.message });
  return undefined;
}

/**
 * Reads a seed folder (catalog/localities.json, catalog/indicators.json, sources/*.json) and the
 * articles the sources quote. Reports every problem in every file, not just the first; returns
 * the data only when there is none.
 */
export function readSeeds(seedDir: string, articlesDir: string): ReadResult {
  const errors: SeedError[] = [];
  const localitiesFile = path.join(seedDir, "catalog", "localities.json");
  const indicatorsFile = path.join(seedDir, "catalog", "indicators.json");
  const localities = readJson(localitiesFile, localitiesFileSchema, errors)?.localities;
  const indicators = readJson(indicatorsFile, indicatorsFileSchema, errors)?.indicators;

  const sourcesDir = path.join(seedDir, "sources");
  let names: string[] = [];
  try {
    names = fs
      .readdirSync(sourcesDir)
      .filter((n) => n.endsWith(".json"))
      .sort();
  } catch {
    errors.push({ file: display(sourcesDir), path: "(folder)", message: "cannot be read" });
  }
  const sources: SeedSet["sources"] = [];
  for (const name of names) {
    const file = path.join(sourcesDir, name);
    const data = readJson(file, sourceFileSchema, errors);
    if (!data) continue;
    // A web report is cited by URL; only the five articles are kept as text.
    if (data.source.type === "web") {
      sources.push({ file: display(file), data, article: null });
      continue;
    }
    const articleFile = path.join(articlesDir, `${data.source.id}.txt`);
    let article = "";
    try {
      article = fs.readFileSync(articleFile, "utf8");
    } catch {
      errors.push({
        file: display(file),
        path: "source.id",
        message: `no article ${display(articleFile)}`,
      });
      continue;
    }
    sources.push({ file: display(file), data, article });
  }
  if (!localities || !indicators) return { ok: false, errors };

  errors.push(
    ...validateSeeds(
      { localities, indicators, sources },
      {
        localities: display(localitiesFile),
        indicators: display(indicatorsFile),
      },
    ),
  );
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, seeds: { localities, indicators, sources } };
}
