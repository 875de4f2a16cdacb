import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseFile } from "./database-url";
import { env } from "./env";

// One client per server process. The server only reads: the file is opened read-only, and data
// changes only through the seed loader.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({
    url: databaseFile(env.DATABASE_URL),
    readonly: true,
    fileMustExist: true,
  });
  return new PrismaClient({ adapter });
}

export const db = globalForPrisma.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
