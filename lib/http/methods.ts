// Every route only reads: GET, and HEAD (which Next answers with the GET handler, without the
// body). Under `npm start` lib/http/server-guard.cjs refuses every other method before Next sees
// the request, with the same answer; these handlers give that answer wherever the guard is not
// loaded (`next dev`, a test calling a route module). TRACE never reaches a route module (Next
// answers a method it does not know with a bare 400), so only the guard can refuse it with a 405.

import { apiError } from "../open-data/responses";

/** The methods every URL of the site answers, as the `Allow` header lists them. */
export const ALLOWED_METHODS = "GET, HEAD";

/** The 405 error's message, `parameter: message` like every open-data error. */
export function methodNotAllowedMessage(method: string): string {
  return `method: ${method} is not allowed; use GET or HEAD`;
}

/** 405, with `Allow` and the open-data JSON error naming `method`; never stored by a cache. */
export function methodNotAllowed(request: Request): Response {
  const message = `${request.method} is not allowed; use GET or HEAD`;
  return apiError(405, { parameter: "method", message }, { allow: ALLOWED_METHODS });
}

// Re-exported by every app/api route module beside its GET.
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
// Next would answer OPTIONS itself with 204 and an Allow header; the site answers it like the rest.
export const OPTIONS = methodNotAllowed;
