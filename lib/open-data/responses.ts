import type { QueryError } from "./query";

// An error is the answer to this request only: a cache that kept a 400 or a 404 for the open
// data's day would go on serving it after the request, or the data, is put right.
const NO_STORE = { "cache-control": "no-store" };

/**
 * Every API error body, in one shape: `{ error: { parameter, message } }`, the message starting
 * with the parameter it names ("year: expected a four-digit year"). Never stored by a cache.
 * (lib/http/server-guard.cjs writes the same bodies for what it refuses before Next runs.)
 */
export function apiError(
  status: number,
  error: QueryError,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { error: { parameter: error.parameter, message: `${error.parameter}: ${error.message}` } },
    { status, headers: { ...NO_STORE, ...headers } },
  );
}

/** 400 with a JSON body that names the offending parameter. */
export function badRequest(error: QueryError): Response {
  return apiError(400, error);
}

/** 404 with a JSON body saying what was not found. */
export function notFoundError(message: string): Response {
  return Response.json({ error: { message } }, { status: 404, headers: NO_STORE });
}

/**
 * An open-data GET handler whose answers say how long they may be kept: OPEN_DATA_CACHE for a
 * success, never for anything else, unless the handler said so itself. Set here rather than by
 * next.config.ts, whose value of a header would replace every route's own (errors' included).
 */
export function openDataRoute<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    const response = await handler(...args);
    if (!response.headers.has("cache-control"))
      response.headers.set("cache-control", response.ok ? OPEN_DATA_CACHE : "no-store");
    return response;
  };
}

/**
 * A CSV download: RFC 4180 media type with its header row declared. The body starts with a UTF-8
 * byte-order mark unless the request said `bom=0` (lib/open-data/list-routes.ts).
 */
export function csvResponse(
  filename: string,
  csv: string | ReadableStream<Uint8Array>,
  headers: Record<string, string> = {},
): Response {
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="${filename}"`,
      ...headers,
    },
  });
}

/** A spreadsheet download (Office Open XML), written as it is read (lib/open-data/xlsx.ts). */
export function xlsxResponse(filename: string, body: ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
}

/** A whole JSON result, written as it is read (lib/json-stream.ts). */
export function jsonStreamResponse(body: ReadableStream<Uint8Array>): Response {
  return new Response(body, { headers: { "content-type": "application/json" } });
}

/**
 * Open data changes only when the data is re-seeded and the site redeployed: browsers keep a
 * response for 5 minutes, shared caches (a CDN in front of several instances) for a day, and may
 * serve it stale for a week while they refetch.
 */
export const OPEN_DATA_CACHE = "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800";
