import { notFound } from "next/navigation";
import { z } from "zod";
import { LANGS, type Lang } from "./i18n/config";
import { slugSchema } from "./domain/slug";

const langSchema = z.enum(LANGS);

/** The `[lang]` segment, or the 404 page. */
export function langParam(value: string): Lang {
  const parsed = langSchema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A `[slug]` segment: a well-formed slug, or the 404 page (existence is checked by the page). */
export function slugParam(value: string): string {
  const parsed = slugSchema.max(80).safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A `[id]` segment naming a source article. */
export function sourceIdParam(value: string): string {
  const parsed = z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,80}$/)
    .safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}
