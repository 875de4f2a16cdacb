import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { createReadOnlyClient } from "./db-client";

describe("the server's database client", () => {
  it("reads but cannot write", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-ro-"));
    const file = path.join(dir, "ro.db");
    fs.copyFileSync(inject("templateDb"), file);
    const db = createReadOnlyClient(file);
    try {
      expect(await db.locality.count()).toBe(0);
      await expect(
        db.locality.create({ data: { slug: "x", nameVi: "X", nameEn: "X", level: "province" } }),
      ).rejects.toThrow(/readonly|read-only/i);
      await expect(db.$executeRawUnsafe(`DELETE FROM "Figure"`)).rejects.toThrow(
        /readonly|read-only/i,
      );
    } finally {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
