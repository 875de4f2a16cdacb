import { z } from "zod";
import { LANGS } from "../i18n/config";
import { BASES, CATEGORIES, KINDS } from "../domain/enums";
import { slugSchema } from "../domain/slug";
import { STATUSES } from "../domain/enums";
import { VERDICT_BASES } from "../view/review-rows";

export type QueryError = { parameter: string; message: string };
export type QueryResult<T> = { ok: true; data: T } | { ok: false; error: QueryError };

export const yearSchema = z
  .string()
  .regex(/^\d{4}$/, "expected a four-digit year such as 2024")
  .transform(Number)
  .pipe(
    z.number().int().min(1900, "expected a year from 1900").max(2100, "expected a year up to 2100"),
  );

const filters = {
  year: yearSchema.optional(),
  locality: slugSchema.max(80).optional(),
  indicator: slugSchema.max(80).optional(),
  // Responses are paged so that no request holds the whole country in memory (see lib/open-data/paging.ts).
  // `page=all` (the whole result, streamed) is taken off by the routes before this schema reads.
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, "expected a page number from 1, or all")
    .transform(Number)
    .optional(),
  // `bom=1` asks the CSV for a byte-order mark (for spreadsheets that misread UTF-8 without one).
  // Accepted on every list; the data layer ignores it, only the CSV writer reads it.
  bom: z.enum(["0", "1"], "expected 0 or 1").optional(),
};

export const figureQuerySchema = z
  .strictObject({
    ...filters,
    kind: z.enum(KINDS).optional(),
    // The filters of the locality page, so a download holds exactly what the page shows. They
    // need the statuses of every comparison in scope, so they take one locality.
    status: z.enum(STATUSES).optional(),
    category: z.enum(CATEGORIES).optional(),
  })
  .superRefine((q, ctx) => {
    for (const key of ["status", "category"] as const)
      if (q[key] !== undefined && q.locality === undefined)
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: "needs a locality, as on the locality page",
        });
  });
// The reviewer's filters (the review page, lib/view/review-rows.ts), across every locality: the
// comparisons are built a page of localities at a time and filtered as they come.
export const comparisonQuerySchema = z.strictObject({
  ...filters,
  status: z.enum(STATUSES).optional(),
  verdictBasis: z.enum(VERDICT_BASES).optional(),
  category: z.enum(CATEGORIES).optional(),
  // A province and its districts (a district's slug is refused: use locality).
  province: slugSchema.max(80).optional(),
});

/**
 * Parses URL query parameters with a strict zod object: an unknown parameter, a repeated one or a
 * malformed value is an error naming the parameter.
 */
export function parseQuery<S extends z.ZodType>(
  params: URLSearchParams,
  schema: S,
): QueryResult<z.infer<S>> {
  // No prototype: on a plain object `raw["__proto__"] = "1"` sets nothing, and `?__proto__=1`
  // would pass as no parameter at all. Here every name is a key the schema sees and can refuse.
  const raw: Record<string, string> = Object.create(null);
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1)
      return { ok: false, error: { parameter: key, message: "expected a single value" } };
    raw[key] = values[0] ?? "";
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue?.code === "unrecognized_keys")
    return { ok: false, error: { parameter: issue.keys[0] ?? "", message: "unknown parameter" } };
  return {
    ok: false,
    error: { parameter: String(issue?.path[0] ?? ""), message: issue?.message ?? "invalid value" },
  };
}

// Chart images (app/api/chart-image): one comparison (no `view`), a locality-year's bullet rows
// (`view=bullet`) or an indicator across localities (`view=indicator`). Each view takes only its
// own parameters: a missing one, or one of another view's, is a 400 naming it.
const required = (view: string) =>
  z
    .string({ error: (i) => (i.input === undefined ? `required for ${view}` : undefined) })
    .pipe(slugSchema.max(80));
const notTaken = (view: string, why?: string) =>
  z.never({ error: `not taken with ${view}${why ? `: ${why}` : ""}` }).optional();
const imageOptions = {
  year: yearSchema,
  lang: z.enum(LANGS).default("en"),
  format: z.enum(["png", "svg"]).default("png"),
  size: z.enum(["slide", "document"]).default("slide"),
};
const comparisonImageSchema = z.strictObject({
  view: z.literal("comparison").optional(),
  locality: required("an image of one comparison"),
  indicator: required("an image of one comparison"),
  basis: z.enum(BASES).default("level"),
  page: notTaken("an image of one comparison"),
  ...imageOptions,
});
export const chartImageQuerySchema = z.discriminatedUnion(
  "view",
  [
    comparisonImageSchema,
    z.strictObject({
      view: z.literal("bullet"),
      locality: required("view=bullet"),
      indicator: notTaken("view=bullet", "the image holds every indicator of the year"),
      basis: notTaken("view=bullet", "the image holds every basis"),
      page: notTaken("view=bullet"),
      ...imageOptions,
    }),
    z.strictObject({
      view: z.literal("indicator"),
      indicator: required("view=indicator"),
      locality: notTaken("view=indicator", "the image holds every locality of the page"),
      basis: notTaken("view=indicator", "the image holds every basis"),
      // The indicator page's page of localities (INDICATOR_PAGE_SIZE a page): an image of a
      // national indicator's every locality would be tens of thousands of pixels tall.
      page: z
        .string()
        .regex(/^[1-9]\d{0,5}$/, "expected a page number from 1")
        .transform(Number)
        .default(1),
      ...imageOptions,
    }),
  ],
  {
    error: (i) =>
      i.code === "invalid_union" ? "expected comparison, bullet or indicator" : undefined,
  },
);
type ChartImageRequest = z.infer<typeof chartImageQuerySchema>;
export type ChartImageQuery = Omit<z.infer<typeof comparisonImageSchema>, "view" | "page">;
export type BulletImageQuery = Extract<ChartImageRequest, { view: "bullet" }>;
export type IndicatorImageQuery = Extract<ChartImageRequest, { view: "indicator" }>;
