const ORDER = ["locality", "indicator", "year", "kind", "status", "category", "page"] as const;

/**
 * `chi-tieu_binh-xuyen_2023_economy.csv`: a download's name says which filters it holds; with no
 * filters, what it is (`chi-tieu_figures.csv`). `tagged` names what it is after the filters too
 * (`chi-tieu_2023_comparisons.csv`), for lists other than the figures.
 */
export function downloadName(
  params: Partial<Record<(typeof ORDER)[number], string | number | undefined>>,
  what: string,
  ext: string,
  { tagged = false } = {},
): string {
  const parts = ORDER.map((k) =>
    k === "page" && params[k] !== undefined ? `page-${params[k]}` : params[k],
  )
    .filter((v) => v !== undefined && v !== "")
    .map(String);
  return `chi-tieu_${parts.length ? [...parts, ...(tagged ? [what] : [])].join("_") : what}.${ext}`;
}
