import type { NextRequest } from "next/server";
import { csvStream, toCsv, type CsvCell } from "../csv";
import { jsonStream } from "../json-stream";
import { pageHeaders, requestedExtent, type PageInfo } from "./paging";
import type { QueryError } from "./query";
import { badRequest, csvResponse, jsonStreamResponse } from "./responses";

type Failed = { ok: false; error: QueryError };
/** One page of a list, its rows under `key` (`figures`, `comparisons`). */
type OnePage<K extends string, T> = ({ ok: true; paging: PageInfo } & { [k in K]: T[] }) | Failed;
/** The whole list, batch by batch. Called without `page` (requestedExtent takes `page=all` off). */
type Whole<T> = { ok: true; batches: AsyncIterable<T[]> } | Failed;
type List<K extends string, T> = {
  key: K;
  onePage: (params: URLSearchParams) => Promise<OnePage<K, T>>;
  whole: (params: URLSearchParams) => Promise<Whole<T>>;
};

/**
 * The GET handler of an open-data JSON list (`/api/figures`, `/api/comparisons`): a page, with
 * headers saying where it sits, or with `?page=all` the whole result, streamed batch by batch.
 */
export function jsonListRoute<K extends string, T>({ key, onePage, whole }: List<K, T>) {
  return async function GET(request: NextRequest): Promise<Response> {
    const { whole: all, params } = requestedExtent(request.nextUrl.searchParams, false);
    if (all) {
      const result = await whole(params);
      return result.ok
        ? jsonStreamResponse(jsonStream(key, result.batches))
        : badRequest(result.error);
    }
    const result = await onePage(params);
    if (!result.ok) return badRequest(result.error);
    const { page, pages } = result.paging;
    return Response.json(
      { [key]: result[key], page, pages },
      { headers: pageHeaders(request.nextUrl, result.paging) },
    );
  };
}

/**
 * The GET handler of the same list as CSV (`/api/figures.csv`, …): the whole result by default,
 * streamed batch by batch; with a page number that page, with the JSON's paging headers. `toRow`
 * flattens an item into the CSV's columns; `name` is the download's file name.
 */
export function csvListRoute<K extends string, T, R extends Record<string, CsvCell>>(
  { key, onePage, whole }: List<K, T>,
  csv: {
    columns: readonly (keyof R & string)[];
    toRow: (item: T) => R;
    name: (params: URLSearchParams) => string;
  },
) {
  const rows = (items: T[]) => items.map(csv.toRow);
  return async function GET(request: NextRequest): Promise<Response> {
    const { whole: all, params } = requestedExtent(request.nextUrl.searchParams, true);
    const name = csv.name(params);
    if (!all) {
      const result = await onePage(params);
      if (!result.ok) return badRequest(result.error);
      return csvResponse(
        name,
        toCsv(csv.columns, rows(result[key])),
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
          for await (const batch of result.batches) yield rows(batch);
        })(),
      ),
    );
  };
}
