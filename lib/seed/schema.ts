import { z } from "zod";

// Every enumeration of the data model lives here: the loader validates against it and the rest of
// the app imports the types, so the database never holds a value these do not allow.
export const LANGUAGES = ["th", "ar", "en", "de"] as const;
export const LEVELS = ["province", "district"] as const;
export const CATEGORIES = ["economy", "budget", "social", "environment", "governance"] as const;
export const UNITS = [
  "bn_vnd",
  "mn_vnd_per_person",
  "mn_usd",
  "percent",
  "pp",
  "people",
  "households",
  "visitors",
  "targets",
  "communes",
  "enterprises",
  "projects",
  "hectares",
  "tonnes",
  "documents",
  "count",
] as const;
export const DIRECTIONS = ["higher", "lower", "neither"] as const;
export const ACCUMULATIONS = ["flow", "rate", "level"] as const;
export const KINDS = ["target", "actual"] as const;
export const COMPARATORS = ["eq", "approx", "gt", "gte", "lt", "lte", "range"] as const;
export const BASES = [
  "level",
  "yoy_pct",
  "pp_change",
  "abs_change",
  "share",
  "pct_of_plan",
] as const;
export const OUTCOME_TYPES = [
  "exceeded",
  "achieved",
  "missed",
  "pct_of_plan",
  "pct_above_plan",
] as const;

export type Language = (typeof LANGUAGES)[number];
export type Unit = (typeof UNITS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Accumulation = (typeof ACCUMULATIONS)[number];
export type Kind = (typeof KINDS)[number];
export type Comparator = (typeof COMPARATORS)[number];
export type Basis = (typeof BASES)[number];
export type OutcomeType = (typeof OUTCOME_TYPES)[number];

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case slug of a-z, 0-9 and hyphens");

/** `2023`, `2024-Q1` … `2024-Q4`, `2024-H1`, `2024-H2`, `2024-9M`. */
export const periodSchema = z
  .string()
  .regex(
    /^(19|20)\d\d(-(Q[1-4]|H[12]|9M))?$/,
    "expected a period like 2024, 2024-Q1, 2024-H1 or 2024-9M",
  );

const text = z.string().trim().min(1, "expected non-empty text");
const finite = z
  .number()
  .finite()
  .max(1e15, "expected a number below 1e15")
  .min(-1e15, "expected a number above -1e15");

export const localitySchema = z.strictObject({
  slug: slugSchema,
  nameVi: text,
  nameEn: text,
  level: z.enum(LEVELS),
  parent: slugSchema.nullable(),
  successorEn: text.nullable(),
  successorVi: text.nullable(),
});

export const indicatorSchema = z.strictObject({
  slug: slugSchema,
  nameEn: text,
  nameVi: text,
  category: z.enum(CATEGORIES),
  unit: z.enum(UNITS),
  direction: z.enum(DIRECTIONS),
  accumulation: z.enum(ACCUMULATIONS),
  growthOf: slugSchema.nullable().optional(),
});

export const localitiesFileSchema = z.strictObject({ localities: z.array(localitySchema) });
export const indicatorsFileSchema = z.strictObject({ indicators: z.array(indicatorSchema) });

const outcomeSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.enum(["exceeded", "achieved", "missed"]) }),
  z.strictObject({ type: z.enum(["pct_of_plan", "pct_above_plan"]), value: finite.nonnegative() }),
]);

export const figureSchema = z
  .strictObject({
    locality: slugSchema,
    indicator: slugSchema,
    period: periodSchema,
    kind: z.enum(KINDS),
    comparator: z.enum(COMPARATORS),
    value: finite.nullable().optional(),
    min: finite.optional(),
    max: finite.optional(),
    basis: z.enum(BASES),
    outOf: finite.positive().optional(),
    outcome: outcomeSchema.optional(),
    estimated: z.boolean().optional(),
    statedScale: finite.positive().optional(),
    statedAs: text.optional(),
    quote: text,
    gloss: text,
    note: text.nullable().optional(),
  })
  .superRefine((f, ctx) => {
    if (f.comparator === "range") {
      if (f.min === undefined)
        ctx.addIssue({ code: "custom", path: ["min"], message: "a range needs min" });
      if (f.max === undefined)
        ctx.addIssue({ code: "custom", path: ["max"], message: "a range needs max" });
      if (f.value !== undefined && f.value !== null)
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: "a range has value null; use min and max",
        });
      if (f.min !== undefined && f.max !== undefined && f.min > f.max)
        ctx.addIssue({
          code: "custom",
          path: ["min"],
          message: `min (${f.min}) must not exceed max (${f.max})`,
        });
    } else {
      if (f.value === undefined || f.value === null)
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: `expected a number for comparator "${f.comparator}"`,
        });
      for (const key of ["min", "max"] as const)
        if (f[key] !== undefined)
          ctx.addIssue({ code: "custom", path: [key], message: `only a range has ${key}` });
    }
  });

export const sourceFileSchema = z.strictObject({
  source: z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]+$/, "expected an article id (file name without .txt)"),
    language: z.enum(LANGUAGES),
    locality: slugSchema,
    title: text,
    reports: text,
    publishedOn: z.iso.date().nullable(),
    localityIdentification: text,
  }),
  figures: z.array(figureSchema),
});

export type LocalityInput = z.infer<typeof localitySchema>;
export type IndicatorInput = z.infer<typeof indicatorSchema>;
export type FigureInput = z.infer<typeof figureSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
