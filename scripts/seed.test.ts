import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, inject, it } from "vitest";
import {
  editJson,
  expectRejected as rejects,
  loadedScratch,
  runSeed,
  scratch,
  sha1,
} from "./test-support/seed-fixture";

const HAI_HA = "sources/003_a07391bbfb521831.json";
const HUONG_HOA = "sources/000_166f1fcf70f60de1.json";

const loadedDb = () => loadedScratch(inject("templateDb"));
const expectRejected = (edit: (seedDir: string) => void, ...messages: string[]) =>
  rejects(inject("templateDb"), edit, ...messages);

describe("seed loader", () => {
  let db: string;
  beforeAll(() => {
    db = loadedDb().db;
  });

  it("loads every curated figure, with Hải Hà's 2024 production value target of more than 36,000 bn VND", () => {
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare('SELECT COUNT(*) FROM "Figure"').pluck().get()).toBe(396);
    const row = sqlite
      .prepare(
        `SELECT comparator, value, unit FROM "Figure" WHERE localitySlug = 'hai-ha' AND indicatorSlug = 'total-production-value' AND period = '2024' AND kind = 'target'`,
      )
      .get();
    expect(row).toEqual({ comparator: "gt", value: 36000, unit: "bn_vnd" });
    sqlite.close();
  });

  it("changes nothing on a second run, to the byte", () => {
    const before = sha1(db);
    const again = runSeed(db);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("inserted 0, updated 0, deleted 0, unchanged 396");
    expect(sha1(db)).toBe(before);
  });

  it("rejects a malformed file", () => {
    expectRejected(
      (dir) =>
        fs.writeFileSync(path.join(dir, HAI_HA), '{"source": {"id": "003_a07391bbfb521831",'),
      `${HAI_HA}: (file): is not valid JSON`,
    );
  });

  it("rejects a wrong type, naming the field path", () => {
    expectRejected(
      (dir) =>
        editJson(path.join(dir, HAI_HA), (j) => {
          j.figures[0].value = "36000";
        }),
      `${HAI_HA}: figures[0].value: Invalid input: expected number, received string`,
    );
  });

  it("rejects an unknown locality", () => {
    expectRejected(
      (dir) =>
        editJson(path.join(dir, HAI_HA), (j) => {
          j.figures[2].locality = "atlantis";
        }),
      `${HAI_HA}: figures[2].locality: unknown locality "atlantis"`,
    );
  });

  it("rejects a duplicate figure", () => {
    expectRejected(
      (dir) =>
        editJson(path.join(dir, HAI_HA), (j) => {
          j.figures.push(structuredClone(j.figures[0]));
        }),
      `${HAI_HA}: figures[30]: duplicate figure: same locality, indicator, period, kind and basis as figures[0]`,
    );
  });

  it("rejects a quote that is not in the article", () => {
    expectRejected(
      (dir) =>
        editJson(path.join(dir, HAI_HA), (j) => {
          j.figures[0].quote = "Der Bezirk strebt 36.000 Milliarden VND an";
        }),
      `${HAI_HA}: figures[0].quote: is not a verbatim substring of 003_a07391bbfb521831.txt`,
    );
  });

  it("rejects a number that is not in its quote, written the article's way", () => {
    expectRejected(
      (dir) =>
        editJson(path.join(dir, HAI_HA), (j) => {
          j.figures[0].value = 36001;
        }),
      `${HAI_HA}: figures[0].value: the quote does not contain 36.001 as de writes it`,
    );
  });

  it("rejects a range whose min exceeds its max", () => {
    expectRejected(
      (dir) =>
        editJson(path.join(dir, HUONG_HOA), (j) => {
          const i = j.figures.findIndex((f: { comparator: string }) => f.comparator === "range");
          [j.figures[i].min, j.figures[i].max] = [j.figures[i].max, j.figures[i].min];
        }),
      `${HUONG_HOA}: figures[11].min: min (45) must not exceed max (43)`,
    );
  });

  it("reports every error in every file, not just the first", () => {
    expectRejected(
      (dir) => {
        editJson(path.join(dir, HAI_HA), (j) => {
          j.figures[0].kind = "plan";
          j.figures[1].period = "2024-Q5";
        });
        editJson(path.join(dir, HUONG_HOA), (j) => {
          j.figures[0].indicator = "happiness";
        });
      },
      `${HAI_HA}: figures[0].kind:`,
      `${HAI_HA}: figures[1].period: expected a period like 2024`,
      `${HUONG_HOA}: figures[0].indicator: unknown indicator "happiness"`,
      "3 error(s)",
    );
  });

  it("refuses a database that has not been migrated, creating nothing", () => {
    const { dir } = scratch(inject("templateDb"));
    const missing = path.join(dir, "missing.db");
    const result = runSeed(missing);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("does not exist");
    expect(fs.existsSync(missing)).toBe(false);
  });
});
