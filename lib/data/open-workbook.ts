import "server-only";
import { db } from "./db";
import { memoize } from "../memo";
import { verdictFlags, type OpenComparison } from "../open-data/comparison-row";
import type { OpenFigure } from "../open-data/figure-row";
import { downloadName } from "../open-data/file-name";
import type { Named } from "../open-data/names";
import type { CitedSource } from "../open-data/xlsx";
import { COMPARISON_SHEET, FIGURE_SHEET } from "../open-data/xlsx-sheets";

/** The sources a download's rows cite, by id, for its About sheet (one read, not one per row). */
export async function getCitedSources(ids: readonly string[]): Promise<CitedSource[]> {
  if (ids.length === 0) return [];
  return db.source.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      title: true,
      titleVi: true,
      publisher: true,
      publishedOn: true,
      retrievedOn: true,
      url: true,
      authority: true,
    },
    orderBy: { id: "asc" },
  });
}

/**
 * Every doubtful figure's id, read once per process: with it a comparison names exactly which of
 * its figures are doubtful (lib/open-data/comparison-row.ts, verdictFlags). Flags are rare.
 */
const getDoubtfulFigureIds = memoize(async (): Promise<ReadonlySet<string>> => {
  const rows = await db.figure.findMany({
    where: { flagReason: { not: null } },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}, 1);

/** How the figures list is written as a workbook (app/api/figures.xlsx). */
export const figureWorkbook = {
  sheet: FIGURE_SHEET,
  sourcesOf: (f: OpenFigure) => [f.source],
  name: (params: URLSearchParams) => downloadName(Object.fromEntries(params), "figures", "xlsx"),
};

/** How the comparisons list is written as a workbook (app/api/comparisons.xlsx). */
export const comparisonWorkbook = {
  sheet: COMPARISON_SHEET,
  sourcesOf: (c: OpenComparison) => [c.target?.source, c.actual?.source],
  // Which of a verdict's figures are doubtful, exactly (the comparison alone cannot always say).
  refine: async (rows: Named<OpenComparison>[]) => {
    const doubtful = await getDoubtfulFigureIds();
    return rows.map((c) => ({ ...c, flags: verdictFlags(c, doubtful) }));
  },
  name: (params: URLSearchParams) =>
    downloadName(Object.fromEntries(params), "comparisons", "xlsx", { tagged: true }),
};
