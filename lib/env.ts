import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url";

// Parsed once at start-up (next.config.ts imports this), so a bad value fails the build or the
// server start with a message instead of a broken page later.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^file:.+/, "DATABASE_URL must be a SQLite file: URL, e.g. file:./data/chi-tieu.db")
    .default(DEFAULT_DATABASE_URL),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SITE_URL: z.url().optional(),
  // Localities per page of an indicator page, provinces per page of the overview; the e2e tests
  // set them small to see pagination on the curated data.
  INDICATOR_PAGE_SIZE: z.coerce.number().int().min(1).max(500).default(50),
  OVERVIEW_PAGE_SIZE: z.coerce.number().int().min(1).max(100).default(8),
  // Open data: figures per page of /api/figures, localities per page of /api/comparisons.
  OPEN_DATA_FIGURES_PER_PAGE: z.coerce.number().int().min(1).max(100_000).default(10_000),
  OPEN_DATA_LOCALITIES_PER_PAGE: z.coerce.number().int().min(1).max(1_000).default(50),
  // Megabytes of rendered chart images kept in memory (lib/export/image-cache.ts).
  IMAGE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(16_384).default(16),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}

export const env = parsed.data;
