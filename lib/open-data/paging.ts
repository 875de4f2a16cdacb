/**
 * Open data is served a page at a time: at national scale all figures are 370 MB of JSON, which
 * one request must not build in memory. Figures come 10,000 rows a page; comparisons 50
 * localities a page. Each response says where it sits and links the pages next to it.
 */
export const FIGURE_ROWS_PER_PAGE = 10_000;
export const COMPARISON_LOCALITIES_PER_PAGE = 50;

export type PageInfo = { page: number; pages: number };

/** The query error for a page number past the last page. */
export const pastLastPage = (pages: number) => ({ ok: false as const, error: { parameter: "page", message: `past the last page (${pages})` } });

/** `Link` header (RFC 8288) to the previous and next pages of the same query; null when one page. */
export function pageLinks(url: URL, { page, pages }: PageInfo): string | null {
  const link = (n: number, rel: string) => {
    const u = new URL(url);
    u.searchParams.set("page", String(n));
    return `<${u.pathname}${u.search}>; rel="${rel}"`;
  };
  const links = [...(page > 1 ? [link(page - 1, "prev")] : []), ...(page < pages ? [link(page + 1, "next")] : [])];
  return links.length ? links.join(", ") : null;
}

/** Headers that tell a client where a page sits: its number, how many, and links to its neighbours. */
export function pageHeaders(url: URL, info: PageInfo): Record<string, string> {
  const link = pageLinks(url, info);
  return { "x-page": String(info.page), "x-pages": String(info.pages), ...(link ? { link } : {}) };
}
