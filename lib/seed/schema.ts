import { z } from "zod";
import {
  ACCUMULATIONS,
  AUTHORITIES,
  BASES,
  CATEGORIES,
  COMPARATORS,
  DIRECTIONS,
  KINDS,
  LANGUAGES,
  LEVELS,
  SOURCE_TYPES,
  STATED_WORDS,
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
  z.strictObject({ type: z.enum(STATED_WORDS) }),
  z.strictObject({ type: z.enum(["pct_of_plan", "pct_above_plan"]), value: finite.nonnegative() }),
]);

const flagSchema = z.strictObject({ type: z.literal("doubtful"), reason: text, reasonVi: text });

/**
 * Where a figure or outcome comes from, shared by both: an article's quote, verbatim; or for a web
 * report only the number as the page writes it and where it stands (validate.ts checks which);
 * the glosses, note and doubt in English and Vietnamese.
 */
const provenanceFields = {
  quote: text.optional(),
  asWritten: text.optional(),
  location: text.optional(),
  gloss: text,
  glossVi: text,
  note: text.nullable().optional(),
  noteVi: text.nullable().optional(),
  flag: flagSchema.optional(),
};

function noteNeedsVietnamese(
  x: { note?: string | null; noteVi?: string | null },
  ctx: z.RefinementCtx,
) {
  if (x.note && !x.noteVi)
    ctx.addIssue({ code: "custom", path: ["noteVi"], message: "a note needs its Vietnamese text" });
}

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
    ...provenanceFields,
    outcomeAsWritten: text.optional(),
  })
  .superRefine((f, ctx) => {
    noteNeedsVietnamese(f, ctx);
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

/** An outcome the source states without a number: "budget revenue exceeded the target". */
const statedOutcomeSchema = z
  .strictObject({
    locality: slugSchema,
    indicator: slugSchema,
    period: periodSchema,
    outcome: z.enum(STATED_WORDS),
    ...provenanceFields,
  })
  .superRefine(noteNeedsVietnamese);

/** A number in an article that no figure uses, and why (npm run curate:coverage). */
const skipSchema = z.strictObject({
  number: z.string().regex(/^[0-9๐-๙٠-٩]+(?:[.,٫٬][0-9๐-๙٠-٩]+)*$/, "expected a number token"),
  reason: text,
  context: text.optional(),
});

const sourceSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]+$/, "expected a source id (the file name without .json)"),
    type: z.enum(SOURCE_TYPES),
    language: z.enum(LANGUAGES),
    locality: slugSchema,
    title: text,
    titleVi: text,
    reports: text,
    reportsVi: text,
    url: z.url({ protocol: /^https?$/ }).optional(),
    publisher: text.optional(),
    publishedOn: z.iso.date().nullable(),
    retrievedOn: z.iso.date().optional(),
    authority: z.enum(AUTHORITIES).optional(),
    localityIdentification: text,
    localityIdentificationVi: text,
  })
  .superRefine((s, ctx) => {
    if (s.type !== "web") return;
    for (const key of ["url", "publisher", "retrievedOn", "authority"] as const)
      if (s[key] === undefined)
        ctx.addIssue({ code: "custom", path: [key], message: `a web source needs ${key}` });
  });

export const sourceFileSchema = z.strictObject({
  source: sourceSchema,
  figures: z.array(figureSchema),
  outcomes: z.array(statedOutcomeSchema).optional(),
  skips: z.array(skipSchema).optional(),
});

export type LocalityInput = z.infer<typeof localitySchema>;
export type IndicatorInput = z.infer<typeof indicatorSchema>;
export type FigureInput = z.infer<typeof figureSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
export type StatedOutcomeInput = z.infer<typeof statedOutcomeSchema>;
