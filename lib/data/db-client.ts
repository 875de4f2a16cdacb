import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";

/**
 * A Prisma client on a SQLite file opened read-only: the server never writes, so no request,
 * however crafted, can change the data (only the seed loader does, outside the server).
 */
export function createReadOnlyClient(file: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: file, readonly: true, fileMustExist: true }),
  });
}
