import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { databaseFile } from "../database-url";
import { createReadOnlyClient } from "./db-client";
import { env } from "../env";

// One client per server process, on the database opened read-only.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? createReadOnlyClient(databaseFile(env.DATABASE_URL));
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
