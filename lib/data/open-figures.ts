import "server-only";
import { figureQuerySchema, parseQuery, type QueryError } from "../open-data/query";
import {
  figureRelations,
  sortFigures,
  toOpenFigure,
  type FigureRelations,
  type OpenFigure,
} from "../open-data/figure-row";
import { findUnknownSlug } from "./catalog";
import { shownFigures } from "../view/shown";
import { getComparisonData, getComparisons } from "./comparisons";
import { FIGURE_ROWS_PER_PAGE, pastLastPage, type PageInfo } from "../open-data/paging";
import { countFigures, figureLocalities, getFigures, type FigureWithSource } from "./figures";

type OpenFiguresResult =
  { ok: true; figures: OpenFigure[]; paging: PageInfo } | { ok: false; error: QueryError };

/**
 * How each of the rows stands to other reports of the same result. The comparisons are built over
 * the rows' whole localities (in the year asked for), as the pages build them, whatever else the
 * query narrows: a report's partners may be of another kind or indicator than the rows asked for.
 * One read for the lot, never one per row.
 */
async function relationsOf(
  rows: FigureWithSource[],
  year: number | undefined,
): Promise<Map<string, FigureRelations>> {
  const localities = [...new Set(rows.map((r) => r.localitySlug))];
  if (localities.length === 0) return new Map();
  // One locality is the frequent case (a locality's download): that read is remembered.
  const comparisons =
    localities.length === 1
      ? await getComparisons({ locality: localities[0], year })
      : await getComparisons({ localities, year });
  return figureRelations(comparisons);
}

async function openRows(rows: FigureWithSource[], year: number | undefined) {
  const relations = await relationsOf(rows, year);
  return rows.map((r) => toOpenFigure(r, relations));
}

/** The figures an open-data URL asks for, or the first problem with its query string. */
async function getOpenFigures(params: URLSearchParams): Promise<OpenFiguresResult> {
  const query = parseQuery(params, figureQuerySchema);
  if (!query.ok) return query;
  const unknown = await findUnknownSlug(query.data);
  if (unknown) return { ok: false, error: unknown };
  // `bom` is the CSV writer's (lib/open-data/list-routes.ts); it selects nothing.
  const { status, category, kind, page = 1, bom: _bom, ...scope } = query.data;
  if (status === undefined && category === undefined) {
    const pages = Math.max(
      1,
      Math.ceil((await countFigures({ ...scope, kind })) / FIGURE_ROWS_PER_PAGE),
    );
    if (page > pages) return pastLastPage(pages);
    const rows = await getFigures({ ...scope, kind }, { number: page, size: FIGURE_ROWS_PER_PAGE });
    return { ok: true, figures: await openRows(rows, scope.year), paging: { page, pages } };
  }
  // status and category come with one locality (the query schema sees to it): one page.
  if (page > 1) return pastLastPage(1);
  const data = await getComparisonData(scope);
  const shown = new Set(
    shownFigures(data.comparisons, data.figures, data.indicators, { status, category }).map(
      (f) => f.id,
    ),
  );
  // The shown figures' rows, read as every other listing reads them. The read is the locality's
  // whole: a growth rate's shown figures include its base indicator's, and a converted result
  // the year before's level (lib/status/convert.ts).
  const rows = (await getFigures({ locality: scope.locality })).filter(
    (f) => shown.has(f.id) && (kind === undefined || f.kind === kind),
  );
  const relations = figureRelations(data.comparisons);
  return {
    ok: true,
    figures: sortFigures(rows.map((r) => toOpenFigure(r, relations))),
    paging: { page: 1, pages: 1 },
  };
}

type FigureBatches =
  { ok: true; batches: AsyncIterable<OpenFigure[]> } | { ok: false; error: QueryError };

/**
 * Every figure an open-data URL asks for, in the order of its pages, a few localities at a time:
 * a whole download without the whole of it in memory. The routes take `page` off first
 * (requestedExtent); a status or category means one locality, read at once.
 */
async function getOpenFigureBatches(params: URLSearchParams): Promise<FigureBatches> {
  const query = parseQuery(params, figureQuerySchema);
  if (!query.ok) return query;
  const { status, category, kind, page: _page, bom: _bom, ...scope } = query.data;
  if (status !== undefined || category !== undefined) {
    const one = await getOpenFigures(params);
    return one.ok
      ? {
          ok: true,
          batches: (async function* () {
            yield one.figures;
          })(),
        }
      : one;
  }
  const unknown = await findUnknownSlug(scope);
  if (unknown) return { ok: false, error: unknown };
  const slugs = await figureLocalities({ ...scope, kind });
  // Five localities (about 5,000 national figures) a batch: with 25, a whole national download
  // took the server to 1.0–1.2 GB; with 5, under 480 MB, in the same time (BENCHMARKS.md).
  async function* batches() {
    for (let i = 0; i < slugs.length; i += 5) {
      const rows = await getFigures({ ...scope, kind, localities: slugs.slice(i, i + 5) });
      yield await openRows(rows, scope.year);
    }
  }
  return { ok: true, batches: batches() };
}

/** The figures as an open-data list: a page, or the whole in batches (lib/open-data/list-routes.ts). */
export const openFigures = {
  key: "figures",
  onePage: getOpenFigures,
  whole: getOpenFigureBatches,
} as const;
