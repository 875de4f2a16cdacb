import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { memoize } from "../memo";

// The id becomes a file name: the route parser already allows only these characters, and this
// module checks again so that no caller can reach outside the folder.
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * The full text of a seed article (`seeds/articles/<id>.txt`, the text its quotes were checked
 * against), or null when there is none: a web source, or a database seeded from another folder.
 * Memoised: the files change only with a new seed, which comes with a restart.
 */
export const getArticleText = memoize(async function getArticleText(
  id: string,
): Promise<string | null> {
  if (!ARTICLE_ID.test(id)) return null;
  // Built at run time: Turbopack's tracing would otherwise take in the whole project.
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "seeds/articles", `${id}.txt`);
  try {
    return await fs.readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}, 32);
