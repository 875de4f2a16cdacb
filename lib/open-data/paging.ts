import { env } from "../env";

/**
 * Open data is served a page at a time: at national scale all figures are 370 MB of JSON, which
 * one request must not build in memory. Figures come 10,000 rows a page; comparisons 50
 * localities a page (OPEN_DATA_FIGURES_PER_PAGE, OPEN_DATA_LOCALITIES_PER_PAGE: the e2e tests set
 * them small to page the curated data). Each response says where it sits and links the pages
 * next to it.
 */
export const FIGURE_ROWS_PER_PAGE = env.OPEN_DATA_FIGURES_PER_PAGE;
export const COMPARISON_LOCALITIES_PER_PAGE = env.OPEN_DATA_LOCALITIES_PER_PAGE;

export type PageInfo = { page: number; pages: number };

/** The query error for a page number past the last page. */
export const pastLastPage = (pages: number) => ({
  ok: false as const,
  error: { parameter: "page", message: `past the last page (${pages})` },
});

/** `Link` header (RFC 8288) to the previous and next pages of the same query; null when one page. */
export function pageLinks(url: URL, { page, pages }: PageInfo): string | null {
  const link = (n: number, rel: string) => {
    const u = new URL(url);
    u.searchParams.set("page", String(n));
    return `<${u.pathname}${u.search}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(page - 1, "prev")] : []),
    ...(page < pages ? [link(page + 1, "next")] : []),
  ];
  return links.length ? links.join(", ") : null;
}

/** Headers that tell a client where a page sits: its number, how many, and links to its neighbours. */
export function pageHeaders(url: URL, info: PageInfo): Record<string, string> {
  const link = pageLinks(url, info);
  return { "x-page": String(info.page), "x-pages": String(info.pages), ...(link ? { link } : {}) };
}

/**
 * How much of a result a request asks for: `?page=N` one page; `?page=all` the whole result,
 * streamed; no `page`, the format's default (JSON a page, CSV the whole). Returns the parameters
 * to read the result with: without `page=all`, which the query schemas do not know.
 */
export function requestedExtent(
  params: URLSearchParams,
  wholeByDefault: boolean,
): { whole: boolean; params: URLSearchParams } {
  const pages = params.getAll("page");
  if (pages.length === 0) return { whole: wholeByDefault, params };
  if (pages.length > 1 || pages[0] !== "all") return { whole: false, params };
  const rest = new URLSearchParams(params);
  rest.delete("page");
  return { whole: true, params: rest };
}
