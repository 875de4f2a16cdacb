import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// One empty, migrated database made by the real `prisma migrate deploy`; tests copy it.
export default function setup({
  provide,
}: {
  provide: (key: "templateDb", value: string) => void;
}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-test-"));
  const file = path.join(dir, "template.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "pipe",
  });
  provide("templateDb", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}
