import fs from "node:fs";
import Database from "better-sqlite3";
import type { Row, TableRows } from "./rows";

type TableChange = { inserted: number; updated: number; deleted: number; unchanged: number };
export type SyncReport = Record<keyof TableRows, TableChange>;

const KEYS: Record<keyof TableRows, string> = {
  Locality: "slug",
  Indicator: "slug",
  Source: "id",
  Figure: "id",
};
// Children are deleted before their parents and inserted after them.
const INSERT_ORDER: (keyof TableRows)[] = ["Locality", "Indicator", "Source", "Figure"];

function same(a: Row, b: Row): boolean {
  for (const k of Object.keys(a)) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Makes the database hold exactly these rows, in one transaction, writing only what differs: a
 * second load of the same seeds writes nothing, and a failure or a kill mid-way rolls back to
 * the previous data (SQLite's journal).
 */
export function syncDatabase(dbFile: string, rows: TableRows): SyncReport {
  if (!fs.existsSync(dbFile)) {
    throw new Error(
      `database ${dbFile} does not exist; create it with "npm run db:migrate" (or "npm run setup")`,
    );
  }
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    db.pragma("foreign_keys = ON");
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    const missing = INSERT_ORDER.filter((t) => !tables.includes(t));
    if (missing.length > 0)
      throw new Error(
        `database ${dbFile} has no table ${missing.join(", ")}; run "npm run db:migrate" first`,
      );

    const plan = INSERT_ORDER.map((table) => {
      const key = KEYS[table];
      const existing = new Map<string, Row>();
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Row[])
        existing.set(String(row[key]), row);
      const wanted = new Map(rows[table].map((r) => [String(r[key]), r]));
      const inserts = rows[table].filter((r) => !existing.has(String(r[key])));
      const updates = rows[table].filter((r) => {
        const old = existing.get(String(r[key]));
        return old !== undefined && !same(r, old);
      });
      const deletes = [...existing.keys()].filter((k) => !wanted.has(k));
      return { table, key, inserts, updates, deletes };
    });

    const report = {} as SyncReport;
    const run = db.transaction(() => {
      for (const p of [...plan].reverse()) {
        const del = db.prepare(`DELETE FROM "${p.table}" WHERE "${p.key}" = ?`);
        // Districts before provinces: a locality row is deleted only after its children.
        const order = p.table === "Locality" ? [...p.deletes].reverse() : p.deletes;
        for (const k of order) del.run(k);
      }
      for (const p of plan) {
        const cols = p.inserts[0] ? Object.keys(p.inserts[0]) : [];
        if (cols.length > 0) {
          const ins = db.prepare(
            `INSERT INTO "${p.table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map((c) => `@${c}`).join(", ")})`,
          );
          for (const r of p.inserts) ins.run(r);
        }
        for (const r of p.updates) {
          const set = Object.keys(r)
            .filter((c) => c !== p.key)
            .map((c) => `"${c}" = @${c}`)
            .join(", ");
          db.prepare(`UPDATE "${p.table}" SET ${set} WHERE "${p.key}" = @${p.key}`).run(r);
        }
        report[p.table] = {
          inserted: p.inserts.length,
          updated: p.updates.length,
          deleted: p.deletes.length,
          unchanged: rows[p.table].length - p.inserts.length - p.updates.length,
        };
      }
    });
    if (plan.some((p) => p.inserts.length + p.updates.length + p.deletes.length > 0))
      run.immediate();
    else
      for (const p of plan)
        report[p.table] = { inserted: 0, updated: 0, deleted: 0, unchanged: rows[p.table].length };
    return report;
  } finally {
    db.close();
  }
}
