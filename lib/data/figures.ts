import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

export type FigureFilter = { year?: number; locality?: string; indicator?: string; kind?: string; source?: string };

const withSource = { source: { select: { language: true } } } as const;
export type FigureWithSource = Prisma.FigureGetPayload<{ include: typeof withSource }>;

/** Figures matching every given filter, in a stable order: locality, indicator, period, kind. */
export async function getFigures(filter: FigureFilter = {}): Promise<FigureWithSource[]> {
  return db.figure.findMany({
    where: {
      year: filter.year,
      localitySlug: filter.locality,
      indicatorSlug: filter.indicator,
      kind: filter.kind,
      sourceId: filter.source,
    },
    include: withSource,
    orderBy: [{ localitySlug: "asc" }, { indicatorSlug: "asc" }, { period: "asc" }, { kind: "desc" }, { basis: "asc" }, { sourceId: "asc" }],
  });
}
