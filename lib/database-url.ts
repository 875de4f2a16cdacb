import path from "node:path";

/** Where the database lives when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./data/chi-tieu.db";

/**
 * Absolute path of the SQLite file named by a `file:` URL. Relative paths are taken from the
 * working directory (the project root for every npm script), so Prisma's CLI, the seed loader
 * and the server all open the same file.
 */
export function databaseFile(url: string | undefined = DEFAULT_DATABASE_URL): string {
  const raw = url.trim() === "" ? DEFAULT_DATABASE_URL : url.trim();
  if (!raw.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite, got "${raw}"`);
  }
  const file = raw.slice("file:".length).split("?")[0] ?? "";
  if (file === "") throw new Error("DATABASE_URL names no file");
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
