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

/** The same page in the other language, keeping the path and the filters. */
export function switchLangHref(path: string, to: string, params: ViewParams): string {
  return viewHref(path.replace(/^\/(en|vi)(?=\/|$)/, `/${to}`), params);
}
