import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFile } from "./lib/database-url";

// The JS schema engine runs migrations through the better-sqlite3 adapter, so nothing has to be
// downloaded: Prisma's native engines cannot be fetched on our machines.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseFile(process.env.DATABASE_URL) });
  },
});
