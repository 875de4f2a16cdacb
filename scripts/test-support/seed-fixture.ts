import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SEEDS = path.join(ROOT, "seeds");

/** A scratch folder with a copy of the migrated template database. */
export function scratch(templateDb: string): { dir: string; db: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-seed-"));
  const db = path.join(dir, "test.db");
  fs.copyFileSync(templateDb, db);
  return { dir, db };
}

/** Copies the curated seeds into `dir/seeds` so a test can break one file. */
export function copySeeds(dir: string): string {
  const target = path.join(dir, "seeds");
  fs.cpSync(path.join(SEEDS, "catalog"), path.join(target, "catalog"), { recursive: true });
  fs.cpSync(path.join(SEEDS, "sources"), path.join(target, "sources"), { recursive: true });
  return target;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into any seed JSON
export function editJson(file: string, edit: (json: any) => void): void {
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
}

export function sha1(file: string): string {
  return createHash("sha1").update(fs.readFileSync(file)).digest("hex");
}

/** Runs the real loader (`scripts/seed.ts`) as `npm run seed` would. */
export function runSeed(db: string, seedDir = SEEDS) {
  const result = spawnSync(
    path.join(ROOT, "node_modules/.bin/tsx"),
    [
      path.join(ROOT, "scripts/seed.ts"),
      "--seeds",
      seedDir,
      "--articles",
      path.join(SEEDS, "articles"),
    ],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${db}` }, encoding: "utf8" },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch database loaded with the real curated seeds. */
export function loadedScratch(templateDb: string) {
  const { dir, db } = scratch(templateDb);
  const first = runSeed(db);
  expect(first.status, first.stderr).toBe(0);
  return { dir, db };
}

/**
 * Loads the real seeds, breaks a copy with `edit`, runs the loader on it, and checks the messages,
 * the exit code, and that the database file is byte-for-byte what it was.
 */
export function expectRejected(
  templateDb: string,
  edit: (seedDir: string) => void,
  ...messages: string[]
) {
  const { dir, db } = loadedScratch(templateDb);
  const seedDir = copySeeds(dir);
  edit(seedDir);
  const before = sha1(db);
  const result = runSeed(db, seedDir);
  expect(result.status).toBe(1);
  for (const m of messages) expect(result.stderr).toContain(m);
  expect(result.stderr).toContain("the database was not changed");
  expect(sha1(db)).toBe(before);
}
