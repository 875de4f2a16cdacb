import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import { editJson, expectRejected, loadedScratch, ROOT } from "./test-support/seed-fixture";

const HAI_HA = "sources/003_a07391bbfb521831.json";
const LOCALITIES = "catalog/localities.json";
const INDICATORS = "catalog/indicators.json";

type Fault = [name: string, edit: (dir: string) => void, ...messages: string[]];
const figure = (dir: string, change: (f: Record<string, unknown>) => void) =>
  editJson(path.join(dir, HAI_HA), (j) => change(j.figures[0]));
// Inserts `added` after the first occurrence of `line` in the raw text: editJson cannot write a key twice.
const afterLine = (file: string, line: string, added: string) =>
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(line, `${line}\n${added}`));

// Broken seed variants beyond the loader tests in seed.test.ts: each is rejected with a message
// naming file and field, exit 1, and the database byte-for-byte unchanged.
const FAULTS: Fault[] = [
  [
    "truncated file",
    (d) =>
      fs.writeFileSync(
        path.join(d, HAI_HA),
        fs.readFileSync(path.join(d, HAI_HA)).subarray(0, 500),
      ),
    `${HAI_HA}: (file): is not valid JSON`,
  ],
  [
    "empty file",
    (d) => fs.writeFileSync(path.join(d, HAI_HA), ""),
    `${HAI_HA}: (file): is not valid JSON`,
  ],
  [
    "wrong encoding (Latin-1 bytes)",
    (d) => fs.writeFileSync(path.join(d, HAI_HA), Buffer.from('{"x":"Hải Hà"}', "latin1")),
    `${HAI_HA}: (file): is not valid UTF-8 text`,
  ],
  [
    "a figure that is not an object",
    (d) =>
      editJson(path.join(d, HAI_HA), (j) => {
        j.figures[0] = 36000;
      }),
    `${HAI_HA}: figures[0]:`,
  ],
  [
    "unknown indicator",
    (d) =>
      figure(d, (f) => {
        f.indicator = "gross-happiness";
      }),
    `${HAI_HA}: figures[0].indicator: unknown indicator "gross-happiness"`,
  ],
  [
    "invalid period",
    (d) =>
      figure(d, (f) => {
        f.period = "2024-Q7";
      }),
    `${HAI_HA}: figures[0].period: expected a period like 2024`,
  ],
  [
    "invalid kind",
    (d) =>
      figure(d, (f) => {
        f.kind = "plan";
      }),
    `${HAI_HA}: figures[0].kind:`,
  ],
  [
    "invalid comparator",
    (d) =>
      figure(d, (f) => {
        f.comparator = "about";
      }),
    `${HAI_HA}: figures[0].comparator:`,
  ],
  [
    "negative count",
    (d) =>
      editJson(path.join(d, HAI_HA), (j) => {
        const i = j.figures.findIndex(
          (f: { indicator: string; period: string }) => f.indicator === "tourist-arrivals",
        );
        j.figures[i].value = -97300;
      }),
    `${HAI_HA}: figures[24].value: a count of visitors cannot be negative (-97300)`,
  ],
  [
    "huge number",
    (d) =>
      figure(d, (f) => {
        f.value = 1e300;
      }),
    `${HAI_HA}: figures[0].value: expected a number below 1e15`,
  ],
  [
    "not a finite number (string NaN)",
    (d) =>
      figure(d, (f) => {
        f.value = "NaN";
      }),
    `${HAI_HA}: figures[0].value:`,
  ],
  [
    'a figure with "value" twice',
    (d) => afterLine(path.join(d, HAI_HA), '      "value": 36000,', '      "value": 3600,'),
    `${HAI_HA}: figures[0].value: duplicate key "value" (line 23; first at line 22)`,
  ],
  [
    "an extra unknown field",
    (d) =>
      figure(d, (f) => {
        f.confidence = "high";
      }),
    `${HAI_HA}: figures[0]: Unrecognized key: "confidence"`,
  ],
  [
    "range without max",
    (d) =>
      figure(d, (f) => {
        f.comparator = "range";
        f.value = null;
        f.min = 36000;
      }),
    `${HAI_HA}: figures[0].max: a range needs max`,
  ],
  [
    "value beside a range",
    (d) =>
      figure(d, (f) => {
        f.comparator = "range";
        f.min = 1;
        f.max = 2;
      }),
    `${HAI_HA}: figures[0].value: a range has value null`,
  ],
  [
    "empty quote",
    (d) =>
      figure(d, (f) => {
        f.quote = "  ";
      }),
    `${HAI_HA}: figures[0].quote: expected non-empty text`,
  ],
  [
    "source id not matching its file",
    (d) =>
      editJson(path.join(d, HAI_HA), (j) => {
        j.source.id = "003_other";
      }),
    `${HAI_HA}: source.id: no article`,
  ],
  [
    "unknown source locality",
    (d) =>
      editJson(path.join(d, HAI_HA), (j) => {
        j.source.locality = "ha-noi";
      }),
    `${HAI_HA}: source.locality: unknown locality "ha-noi"`,
  ],
  [
    "invalid publication date",
    (d) =>
      editJson(path.join(d, HAI_HA), (j) => {
        j.source.publishedOn = "2024-02-30";
      }),
    `${HAI_HA}: source.publishedOn:`,
  ],
  [
    "duplicate locality in the catalogue",
    (d) =>
      editJson(path.join(d, LOCALITIES), (j) => {
        j.localities.push(j.localities[0]);
      }),
    `${LOCALITIES}: localities[8].slug: duplicate locality "quang-tri"`,
  ],
  [
    'a locality with "slug" twice',
    (d) =>
      afterLine(
        path.join(d, LOCALITIES),
        '      "slug": "quang-tri",',
        '      "slug": "quang-binh",',
      ),
    `${LOCALITIES}: localities[0].slug: duplicate key "slug" (line 5; first at line 4)`,
  ],
  [
    "district without its province",
    (d) =>
      editJson(path.join(d, LOCALITIES), (j) => {
        j.localities[1].parent = null;
      }),
    `${LOCALITIES}: localities[1].parent: a district needs its parent province`,
  ],
  [
    "unknown unit",
    (d) =>
      editJson(path.join(d, INDICATORS), (j) => {
        j.indicators[0].unit = "gold-bars";
      }),
    `${INDICATORS}: indicators[0].unit:`,
  ],
  [
    "growth rate of an unknown indicator",
    (d) =>
      editJson(path.join(d, INDICATORS), (j) => {
        const i = j.indicators.findIndex((x: { slug: string }) => x.slug === "grdp-growth");
        j.indicators[i].growthOf = "grdpp";
      }),
    `${INDICATORS}: indicators[1].growthOf: unknown indicator "grdpp"`,
  ],
  [
    "missing catalogue",
    (d) => fs.rmSync(path.join(d, INDICATORS)),
    `${INDICATORS}: (file): cannot be read`,
  ],
];

describe("seed fault corpus", () => {
  it.each(FAULTS)("rejects %s", (_name, edit, ...messages) => {
    expectRejected(inject("templateDb"), edit, ...messages);
  });
});

describe("a load killed mid-way", () => {
  it("leaves either the previous data or the new data, whole, whenever it is killed", async () => {
    const { dir, db } = loadedScratch(inject("templateDb"));
    // 74,880 synthetic figures: a load long enough (seconds) to be killed while it validates and
    // while it writes.
    const big = path.join(dir, "national");
    execFileSync(
      path.join(ROOT, "node_modules/.bin/tsx"),
      [path.join(ROOT, "scripts/generate-national.ts"), "--scale", "0.1", "--out", big],
      { cwd: ROOT },
    );
    const counts = new Set<number>();
    for (const delay of [300, 900, 1500, 2100, 2700, 3300, Infinity]) {
      const child = spawn(
        path.join(ROOT, "node_modules/.bin/tsx"),
        [path.join(ROOT, "scripts/seed.ts"), "--seeds", big],
        {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: `file:${db}` },
          stdio: "ignore",
        },
      );
      const exited = new Promise((r) => child.on("exit", r));
      if (Number.isFinite(delay)) {
        await Promise.race([exited, new Promise((r) => setTimeout(r, delay))]);
        child.kill("SIGKILL");
      }
      await exited;
      const sqlite = new Database(db);
      expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      const count = sqlite.prepare('SELECT COUNT(*) FROM "Figure"').pluck().get() as number;
      sqlite.close();
      // All or nothing: the 396 curated figures as before, or the whole new set — never a part.
      expect([396, 74_880], `killed after ${delay} ms`).toContain(count);
      counts.add(count);
    }
    expect(counts.has(74_880)).toBe(true); // the last run, left alone, completed
  }, 120_000);
});
