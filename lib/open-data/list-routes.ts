import type { NextRequest } from "next/server";
import { z } from "zod";
import { csvStream, toCsv, type CsvCell } from "../csv";
import { getNameCatalogue } from "../data/names";
import { LANGS, type Lang } from "../i18n/config";
import { jsonStream } from "../json-stream";
import { withNames, type Named } from "./names";
import { pageHeaders, requestedExtent, type PageInfo } from "./paging";
import { parseQuery, type QueryError } from "./query";
import { badRequest, csvResponse, jsonStreamResponse } from "./responses";

type Failed = { ok: false; error: QueryError };
/** One page of a list, its rows under `key` (`figures`, `comparisons`). */
type OnePage<K extends string, T> = ({ ok: true; paging: PageInfo } & { [k in K]: T[] }) | Failed;
/** The whole list, batch by batch. Called without `page` (requestedExtent takes `page=all` off). */
type Whole<T> = { ok: true; batches: AsyncIterable<T[]> } | Failed;
/** Rows name their locality and indicator by slug; the routes add the names (`lang`). */
type Row = { locality: string; indicator: string };
export type List<K extends string, T extends Row> = {
  key: K;
  onePage: (params: URLSearchParams) => Promise<OnePage<K, T>>;
  whole: (params: URLSearchParams) => Promise<Whole<T>>;
};

// How a list is written rather than what it holds: the language of the display names, and the
// CSV's byte-order mark (on unless `bom=0`). The lists' query schemas (lib/open-data/query.ts)
// accept `bom` and check it too, but the lists keep what they parse to themselves, and the schemas
// do not know `lang`: both are read here with this small schema of their own, and `lang` is taken
// off before the lists read the rest.
const presentationSchema = z.object({
  lang: z.enum(LANGS, "expected en or vi").default("en"),
  bom: z.enum(["0", "1"], "expected 0 or 1").default("1"),
});
type Presentation = { lang: Lang; bom: boolean };

/** The presentation parameters of a request, and the parameters left for the list to read. */
export function presentationOf(
  all: URLSearchParams,
): { ok: true; presentation: Presentation; params: URLSearchParams } | Failed {
  const own = new URLSearchParams(
    [...all].filter(([key]) => Object.hasOwn(presentationSchema.shape, key)),
  );
  const parsed = parseQuery(own, presentationSchema);
  if (!parsed.ok) return parsed;
  const params = new URLSearchParams(all);
  params.delete("lang");
  return {
    ok: true,
    presentation: { lang: parsed.data.lang, bom: parsed.data.bom === "1" },
    params,
  };
}

/** A list's rows with their display names in `lang`, from the catalogue read once per process. */
async function named<T extends Row>(rows: T[], lang: Lang): Promise<Named<T>[]> {
  return withNames(rows, await getNameCatalogue(), lang);
}

/** The batches of a whole list, each with its display names. */
export async function* namedBatches<T extends Row>(
  batches: AsyncIterable<T[]>,
  lang: Lang,
): AsyncGenerator<Named<T>[]> {
  for await (const batch of batches) yield await named(batch, lang);
}

/**
 * The GET handler of an open-data JSON list (`/api/figures`, `/api/comparisons`): a page, with
 * headers saying where it sits, or with `?page=all` the whole result, streamed batch by batch.
 */
export function jsonListRoute<K extends string, T extends Row>({
  key,
  onePage,
  whole,
}: List<K, T>) {
  return async function GET(request: NextRequest): Promise<Response> {
    const asked = presentationOf(request.nextUrl.searchParams);
    if (!asked.ok) return badRequest(asked.error);
    const { lang } = asked.presentation;
    const { whole: all, params } = requestedExtent(asked.params, false);
    if (all) {
      const result = await whole(params);
      return result.ok
        ? jsonStreamResponse(jsonStream(key, namedBatches(result.batches, lang)))
        : badRequest(result.error);
    }
    const result = await onePage(params);
    if (!result.ok) return badRequest(result.error);
    const { page, pages } = result.paging;
    return Response.json(
      { [key]: await named(result[key], lang), page, pages },
      { headers: pageHeaders(request.nextUrl, result.paging) },
    );
  };
}

/**
 * The GET handler of the same list as CSV (`/api/figures.csv`, …): the whole result by default,
 * streamed batch by batch; with a page number that page, with the JSON's paging headers. `toRow`
 * flattens an item into the CSV's columns; `name` is the download's file name. The file starts
 * with a UTF-8 byte-order mark unless `bom=0`.
 */
export function csvListRoute<K extends string, T extends Row, R extends Record<string, CsvCell>>(
  { key, onePage, whole }: List<K, T>,
  csv: {
    columns: readonly (keyof R & string)[];
    toRow: (item: Named<T>) => R;
    name: (params: URLSearchParams) => string;
  },
) {
  const rows = (items: Named<T>[]) => items.map(csv.toRow);
  return async function GET(request: NextRequest): Promise<Response> {
    const asked = presentationOf(request.nextUrl.searchParams);
    if (!asked.ok) return badRequest(asked.error);
    const { lang, bom } = asked.presentation;
    const { whole: all, params } = requestedExtent(asked.params, true);
    const name = csv.name(params);
    if (!all) {
      const result = await onePage(params);
      if (!result.ok) return badRequest(result.error);
      return csvResponse(
        name,
        toCsv(csv.columns, rows(await named(result[key], lang)), { bom }),
        pageHeaders(request.nextUrl, result.paging),
      );
    }
    const result = await whole(params);
    if (!result.ok) return badRequest(result.error);
    return csvResponse(
      name,
      csvStream(
        csv.columns,
        (async function* () {
          for await (const batch of namedBatches(result.batches, lang)) yield rows(batch);
        })(),
        { bom },
      ),
    );
  };
}
