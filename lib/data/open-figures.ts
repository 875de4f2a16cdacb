import "server-only";
import { figureQuerySchema, parseQuery, type QueryError } from "../open-data/query";
import { toOpenFigure, type OpenFigure } from "../open-data/figure-row";
import { findUnknownSlug } from "./catalog";
import { getFigures } from "./figures";

export type OpenFiguresResult = { ok: true; figures: OpenFigure[] } | { ok: false; error: QueryError };

/** The figures an open-data URL asks for, or the first problem with its query string. */
export async function getOpenFigures(params: URLSearchParams): Promise<OpenFiguresResult> {
  const query = parseQuery(params, figureQuerySchema);
  if (!query.ok) return query;
  const unknown = await findUnknownSlug(query.data);
  if (unknown) return { ok: false, error: unknown };
  const figures = await getFigures(query.data);
  return { ok: true, figures: figures.map(toOpenFigure) };
}
