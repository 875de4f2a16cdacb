import "server-only";
import { db } from "./db";
import type { Prisma } from "../generated/prisma/client";

export type FigureFilter = {
  year?: number;
  locality?: string;
  localities?: string[];
  indicator?: string;
  kind?: string;
  source?: string;
};

// What an open-data row says of its source: the quote's language, and for web reports their
// address and standing.
const withSource = {
  source: { select: { language: true, type: true, url: true, authority: true } },
} as const;
export type FigureWithSource = Prisma.FigureGetPayload<{ include: typeof withSource }>;

const where = (filter: FigureFilter) => ({
  year: filter.year,
  localitySlug: filter.localities ? { in: filter.localities } : filter.locality,
  indicatorSlug: filter.indicator,
  kind: filter.kind,
  sourceId: filter.source,
});

/**
 * Figures matching every given filter, in a stable order: locality, indicator, period, kind.
 * `page` (with `size` rows a page) takes one slice of that order.
 */
export async function getFigures(
  filter: FigureFilter = {},
  page?: { number: number; size: number },
): Promise<FigureWithSource[]> {
  return db.figure.findMany({
    where: where(filter),
    include: withSource,
    orderBy: [
      { localitySlug: "asc" },
      { indicatorSlug: "asc" },
      { period: "asc" },
      { kind: "desc" },
      { basis: "asc" },
      { sourceId: "asc" },
    ],
    ...(page ? { skip: (page.number - 1) * page.size, take: page.size } : {}),
  });
}

/** How many figures match every given filter. */
export async function countFigures(filter: FigureFilter = {}): Promise<number> {
  return db.figure.count({ where: where(filter) });
}

/** The localities with figures matching the filter, by slug: how a whole download is batched. */
export async function figureLocalities(filter: FigureFilter = {}): Promise<string[]> {
  const rows = await db.figure.groupBy({
    by: ["localitySlug"],
    where: where(filter),
    orderBy: { localitySlug: "asc" },
  });
  return rows.map((r) => r.localitySlug);
}
