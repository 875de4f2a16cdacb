import { notFound } from "next/navigation";
import { z } from "zod";
import { yearSchema } from "../open-data/query";
import { CATEGORIES } from "../seed/schema";
import { STATUSES } from "../status/types";

type SearchParams = Record<string, string | string[] | undefined>;

const viewSchema = z.object({
  year: yearSchema.optional(),
  status: z.enum(STATUSES).optional(),
  category: z.enum(CATEGORIES).optional(),
});
export type ViewQuery = z.infer<typeof viewSchema>;

/**
 * A page's filters from its query string, parsed once at the top of the page. A malformed or
 * repeated filter is a URL that names no view: the 404 page. Other parameters are ignored, so
 * tracking tags do not break shared links.
 */
export function parseViewParams(params: SearchParams, allowed: readonly (keyof ViewQuery)[]): ViewQuery {
  const picked: Record<string, string> = {};
  for (const key of allowed) {
    const v = params[key];
    if (Array.isArray(v)) notFound();
    if (v !== undefined) picked[key] = v;
  }
  const parsed = viewSchema.safeParse(picked);
  if (!parsed.success) notFound();
  return parsed.data;
}
