import type { IndicatorInput, LocalityInput, SourceFile } from "./schema";

// The loader's own types, shared by the reader, the validator and the row builder (kept apart
// from read.ts so that the validator does not import the reader that calls it).
export type SeedError = { file: string; path: string; message: string };
export type SeedSet = {
  localities: LocalityInput[];
  indicators: IndicatorInput[];
  sources: { file: string; data: SourceFile; article: string | null }[];
};
export type ReadResult = { ok: true; seeds: SeedSet } | { ok: false; errors: SeedError[] };
