import "server-only";
import { cache } from "react";
import { db } from "./db";
import { toFigureDetail } from "../domain/figure";
import { DETAIL_SOURCE, getIndicatorDetails } from "./comparisons";

/** A source article with its locality and every figure curated from it; null when unknown. */
// cache(): generateMetadata and the page ask for the same data within one request.
export const getSourcePage = cache(async function getSourcePage(id: string) {
  const source = await db.source.findUnique({ where: { id }, include: { locality: true } });
  if (!source) return null;
  const [rows, indicators] = await Promise.all([
    db.figure.findMany({
      where: { sourceId: id },
      include: DETAIL_SOURCE,
      orderBy: { position: "asc" },
    }),
    getIndicatorDetails(),
  ]);
  const figures = rows.map(toFigureDetail);
  const periods = [...new Set(figures.map((f) => f.period))].sort();
  return { source, figures, indicators, periods };
});
