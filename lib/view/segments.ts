import { z } from "zod";
import { yearSchema } from "../open-data/query";
import { CATEGORIES } from "../domain/enums";
import { STATUSES } from "../domain/enums";
import { ANY, LATEST } from "../links";

/**
 * Views are rendered once and cached, so their filters travel in the path:
 * `/en/localities/hai-ha/2024.missed` (year, then status and category, trailing "all"s left
 * out). Old query-string links (`?year=2024&status=missed`) are rewritten by next.config.ts to
 * the full form `2024.missed.all`.
 */
export type ViewFilters = {
  year?: number;
  status?: (typeof STATUSES)[number];
  category?: (typeof CATEGORIES)[number];
};

const yearPart = z.union([z.literal(LATEST).transform(() => undefined), yearSchema]);
const statusPart = z.union([z.literal(ANY).transform(() => undefined), z.enum(STATUSES)]);
const categoryPart = z.union([z.literal(ANY).transform(() => undefined), z.enum(CATEGORIES)]);

/** Parses a view segment; null when it names no view (the page then 404s). */
export function parseViewSegment(segment: string): ViewFilters | null {
  const parts = segment.split("."); // Next hands params over decoded
  if (parts.length < 1 || parts.length > 3) return null;
  const [y = "", s = ANY, c = ANY] = parts;
  const year = yearPart.safeParse(y);
  const status = statusPart.safeParse(s);
  const category = categoryPart.safeParse(c);
  if (!year.success || !status.success || !category.success) return null;
  return { year: year.data, status: status.data, category: category.data };
}

const pagePart = z
  .string()
  .regex(/^[1-9]\d{0,4}$/)
  .transform(Number);

/** A paged view (overview, indicator): `2024` (first page), `2024.3` (third page), `latest.2`. */
export function parseYearPage(segment: string): { year: number | undefined; page: number } | null {
  const [y = "", p, ...rest] = segment.split(".");
  if (rest.length > 0) return null;
  const year = yearPart.safeParse(y);
  const page = p === undefined ? { success: true as const, data: 1 } : pagePart.safeParse(p);
  return year.success && page.success ? { year: year.data, page: page.data } : null;
}
