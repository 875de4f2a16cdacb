/** Filters a page keeps in its query string. */
export type ViewParams = { year?: number | string; status?: string; category?: string };

/** `path` with the given params, in a fixed order so that equal views have equal URLs. */
export function viewHref(path: string, params: ViewParams): string {
  const q = new URLSearchParams();
  for (const key of ["year", "status", "category"] as const) {
    const v = params[key];
    if (v !== undefined && v !== "") q.set(key, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The same path in another language: `/en/localities/hai-ha` → `/vi/localities/hai-ha`. */
export function inLang(path: string, to: string): string {
  return path.replace(/^\/(en|vi)(?=\/|$)/, `/${to}`);
}
