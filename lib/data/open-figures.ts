import "server-only";
import { figureQuerySchema, parseQuery, type QueryError } from "../open-data/query";
import { toOpenFigure, type OpenFigure } from "../open-data/figure-row";
import { indicatorExists, localityExists } from "./catalog";
import { getFigures } from "./figures";

export type OpenFiguresResult = { ok: true; figures: OpenFigure[] } | { ok: false; error: QueryError };

/** The figures an open-data URL asks for, or the first problem with its query string. */
export async function getOpenFigures(params: URLSearchParams): Promise<OpenFiguresResult> {
  const query = parseQuery(params, figureQuerySchema);
  if (!query.ok) return query;
  const { locality, indicator } = query.data;
  if (locality !== undefined && !(await localityExists(locality)))
    return { ok: false, error: { parameter: "locality", message: `unknown locality "${locality}"` } };
  if (indicator !== undefined && !(await indicatorExists(indicator)))
    return { ok: false, error: { parameter: "indicator", message: `unknown indicator "${indicator}"` } };
  const figures = await getFigures(query.data);
  return { ok: true, figures: figures.map(toOpenFigure) };
}
