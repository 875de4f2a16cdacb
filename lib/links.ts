// Imported by client components (the language switch): keep it free of zod and server code.

export const ANY = "all";
export const LATEST = "latest";

/** The shortest segment for a locality view: `2024`, `2024.missed`, `latest.all.economy`. */
export function viewSegment(q: {
  year?: string | null;
  status?: string | null;
  category?: string | null;
}): string {
  const part = (v: string | null | undefined, none: string) =>
    v === undefined || v === null || v === "" ? none : encodeURIComponent(v);
  const parts = [part(q.year, LATEST), part(q.status, ANY), part(q.category, ANY)];
  while (parts.length > 1 && parts[parts.length - 1] === ANY) parts.pop();
  return parts.join(".");
}

/** Filters a locality page keeps in its URL. */
export type LocalityView = { year?: number | string; status?: string; category?: string };

const str = (v: number | string | undefined) =>
  v === undefined || v === "" ? undefined : String(v);

// Views are linked by path, never by query string: a path reaches its cached page directly,
// while `?year=` links (still served, for old links) cost a rewrite on every request: about
// half the throughput of a cached page (BENCHMARKS.md).

/** The overview: `/en` for the latest year, `/en/years/2024` for a given one, `…/2024.2` page 2. */
export function overviewHref(lang: string, year?: number | string, page = 1): string {
  const y = str(year);
  if (page > 1) return `/${lang}/years/${encodeURIComponent(y ?? LATEST)}.${page}`;
  return y === undefined ? `/${lang}` : `/${lang}/years/${encodeURIComponent(y)}`;
}

/** An indicator page: `/en/indicators/grdp-growth`, `…/grdp-growth/2024`, page 3: `…/2024.3`. */
export function indicatorHref(
  lang: string,
  slug: string,
  year?: number | string,
  page = 1,
): string {
  const y = str(year);
  const base = `/${lang}/indicators/${encodeURIComponent(slug)}`;
  if (page > 1) return `${base}/${encodeURIComponent(y ?? LATEST)}.${page}`;
  return y === undefined ? base : `${base}/${encodeURIComponent(y)}`;
}

/** A locality page and its filters: `/en/localities/hai-ha/2024.missed`. */
export function localityHref(lang: string, slug: string, view: LocalityView = {}): string {
  const base = `/${lang}/localities/${encodeURIComponent(slug)}`;
  const [year, status, category] = [str(view.year), str(view.status), str(view.category)];
  if (year === undefined && status === undefined && category === undefined) return base;
  return `${base}/${viewSegment({ year, status, category })}`;
}

/** A source's page, optionally at a figure's quote in its article: `/vi/sources/003_…#q-<id>`. */
export function sourceHref(lang: string, id: string, figureId?: string): string {
  const base = `/${lang}/sources/${encodeURIComponent(id)}`;
  return figureId ? `${base}#q-${figureId}` : base;
}

/** The methodology page. */
export function methodologyHref(lang: string): string {
  return `/${lang}/methodology`;
}

/** The reviewer's view: `/en/review`, or a year and its filters as a dotted segment. */
export function reviewHref(lang: string, segment?: string): string {
  return segment === undefined ? `/${lang}/review` : `/${lang}/review/${segment}`;
}

/** The same path in another language: `/en/localities/hai-ha` → `/vi/localities/hai-ha`. */
export function inLang(path: string, to: string): string {
  return path.replace(/^\/(en|vi)(?=\/|$)/, `/${to}`);
}
