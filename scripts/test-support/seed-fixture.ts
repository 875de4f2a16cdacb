import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

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
    [path.join(ROOT, "scripts/seed.ts"), "--seeds", seedDir, "--articles", path.join(SEEDS, "articles")],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${db}` }, encoding: "utf8" },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
