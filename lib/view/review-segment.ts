import { z } from "zod";
import { reviewHref as reviewPath } from "../links";
import { yearSchema } from "../open-data/query";
import { slugSchema } from "../domain/slug";
import { CATEGORIES, STATUSES, type Status } from "../domain/enums";
import type { VerdictBasis } from "../domain/types";
import { REVIEW_SORTS, VERDICT_BASES, type ReviewSort } from "./review-rows";

/**
 * The reviewer's view of one year across all localities, filtered and sorted, in one path
 * segment: the year, then `key-value` parts in a fixed order, defaults left out:
 * `2023`, `2023.status-missed`, `2023.status-missed.basis-stated.category-budget`,
 * `2023.indicator-budget-revenue.province-ninh-thuan.sort-progress.page-2`.
 * Named parts read better than positions once there are six filters, and a value may hold
 * hyphens (slugs): the key is what comes before the first one.
 */
export type ReviewView = {
  year: number;
  status?: Status;
  basis?: VerdictBasis;
  category?: (typeof CATEGORIES)[number];
  indicator?: string;
  province?: string;
  sort: ReviewSort;
  page: number;
};

const slug = slugSchema.max(80);
// One schema per key, in the order the parts must come in: one spelling per view, so the page
// cache holds a view once, and a repeated key is out of order.
const PARTS = {
  status: z.enum(STATUSES),
  basis: z.enum(VERDICT_BASES),
  category: z.enum(CATEGORIES),
  indicator: slug,
  province: slug,
  sort: z.enum(REVIEW_SORTS),
  page: z
    .string()
    .regex(/^[1-9]\d{0,4}$/)
    .transform(Number),
} as const;
type Key = keyof typeof PARTS;
const KEYS = Object.keys(PARTS) as Key[];

/** Parses a review segment; null when it names no view (the page then 404s). */
export function parseReviewSegment(segment: string): ReviewView | null {
  const [y = "", ...parts] = segment.split("."); // Next hands params over decoded
  const year = yearSchema.safeParse(y);
  if (!year.success) return null;
  const view: ReviewView = { year: year.data, sort: "locality", page: 1 };
  let next = 0; // index in KEYS the next part may start from
  for (const part of parts) {
    const m = /^([a-z]+)-(.+)$/.exec(part);
    const key = m?.[1] as Key | undefined;
    const at = key === undefined ? -1 : KEYS.indexOf(key);
    if (!m || key === undefined || at < next) return null;
    const value = PARTS[key].safeParse(m[2]);
    if (!value.success) return null;
    Object.assign(view, { [key]: value.data });
    next = at + 1;
  }
  return view;
}

/** The shortest segment for a review view: defaults (sort by locality, page 1) left out. */
export function reviewSegment(view: Partial<ReviewView> & { year: number }): string {
  const parts = [String(view.year)];
  for (const key of KEYS) {
    const value = view[key];
    if (value === undefined || (key === "sort" && value === "locality")) continue;
    if (key === "page" && value === 1) continue;
    parts.push(`${key}-${encodeURIComponent(String(value))}`);
  }
  return parts.join(".");
}

/** The review page of a view: `/en/review/2023.status-missed`. */
export function reviewHref(lang: string, view: Partial<ReviewView> & { year: number }): string {
  return reviewPath(lang, reviewSegment(view));
}
