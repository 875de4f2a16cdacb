import { z } from "zod";
import {
  ACCUMULATIONS,
  BASES,
  CATEGORIES,
  COMPARATORS,
  DIRECTIONS,
  KINDS,
  LANGUAGES,
  LEVELS,
  UNITS,
} from "../domain/enums";
import { periodSchema } from "../domain/period";
import { slugSchema } from "../domain/slug";

const text = z.string().trim().min(1, "expected non-empty text");
const finite = z
  .number()
  .finite()
  .max(1e15, "expected a number below 1e15")
  .min(-1e15, "expected a number above -1e15");

const localitySchema = z.strictObject({
  slug: slugSchema,
  nameVi: text,
  nameEn: text,
  level: z.enum(LEVELS),
  parent: slugSchema.nullable(),
  successorEn: text.nullable(),
  successorVi: text.nullable(),
});

const indicatorSchema = z.strictObject({
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
