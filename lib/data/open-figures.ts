import "server-only";
import { figureQuerySchema, parseQuery, type QueryError } from "../open-data/query";
import { sortFigures, toOpenFigure, type OpenFigure } from "../open-data/figure-row";
import { findUnknownSlug } from "./catalog";
import { shownFigures } from "../view/shown";
import { getComparisonData } from "./comparisons";
import { getFigures } from "./figures";

export type OpenFiguresResult = { ok: true; figures: OpenFigure[] } | { ok: false; error: QueryError };

/** The figures an open-data URL asks for, or the first problem with its query string. */
export async function getOpenFigures(params: URLSearchParams): Promise<OpenFiguresResult> {
  const query = parseQuery(params, figureQuerySchema);
  if (!query.ok) return query;
  const unknown = await findUnknownSlug(query.data);
  if (unknown) return { ok: false, error: unknown };
  const { status, category, kind, ...scope } = query.data;
  if (status === undefined && category === undefined) return { ok: true, figures: (await getFigures(query.data)).map(toOpenFigure) };
  const data = await getComparisonData(scope);
  const shown = shownFigures(data.comparisons, data.figures, data.indicators, { status, category });
  const rows = shown.filter((f) => kind === undefined || f.kind === kind).map((f) => ({ ...f, source: { language: f.language } }));
  return { ok: true, figures: sortFigures(rows.map(toOpenFigure)) };
}
