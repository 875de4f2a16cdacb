import type { NextRequest } from "next/server";
import { jsonStream } from "../json-stream";
import { pageHeaders, requestedExtent, type PageInfo } from "./paging";
import type { QueryError } from "./query";
import { badRequest, jsonStreamResponse } from "./responses";

type Failed = { ok: false; error: QueryError };
type OnePage<K extends string, T> = ({ ok: true; paging: PageInfo } & { [k in K]: T[] }) | Failed;
type Whole<T> = { ok: true; batches: AsyncIterable<T[]> } | Failed;

/**
 * The GET handler of an open-data JSON list (`/api/figures`, `/api/comparisons`): a page, with
 * headers saying where it sits, or with `?page=all` the whole result, streamed batch by batch.
 */
export function jsonListRoute<K extends string, T>(
  key: K,
  onePage: (params: URLSearchParams) => Promise<OnePage<K, T>>,
  whole: (params: URLSearchParams) => Promise<Whole<T>>,
) {
  return async function GET(request: NextRequest): Promise<Response> {
    const { whole: all, params } = requestedExtent(request.nextUrl.searchParams, false);
    if (all) {
      const result = await whole(params);
      return result.ok ? jsonStreamResponse(jsonStream(key, result.batches)) : badRequest(result.error);
    }
    const result = await onePage(params);
    if (!result.ok) return badRequest(result.error);
    const { page, pages } = result.paging;
    return Response.json({ [key]: result[key], page, pages }, { headers: pageHeaders(request.nextUrl, result.paging) });
  };
}
