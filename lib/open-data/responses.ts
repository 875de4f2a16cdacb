import type { QueryError } from "./query";

/** 400 with a JSON body that names the offending parameter. */
export function badRequest(error: QueryError): Response {
  return Response.json(
    { error: { parameter: error.parameter, message: `${error.parameter}: ${error.message}` } },
    { status: 400 },
  );
}
