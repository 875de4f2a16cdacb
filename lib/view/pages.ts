/** A page of a long list: which items, and where it sits among the pages. */
export type Page<T> = {
  items: T[];
  page: number;
  pages: number;
  from: number;
  to: number;
  total: number;
};

/**
 * The `page`th (1-based) slice of `size` items; null when there is no such page. An empty list
 * has one empty page, so a view with nothing to show still renders (and says so).
 */
export function paginate<T>(items: readonly T[], page: number, size: number): Page<T> | null {
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  const start = (page - 1) * size;
  const slice = items.slice(start, start + size);
  return {
    items: slice,
    page,
    pages,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
    total: items.length,
  };
}

/** Which pages to offer: the first, the last, and two either side of the current one. */
export function pageNumbers(page: number, pages: number): (number | "gap")[] {
  const wanted = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return wanted.flatMap((p, i) =>
    i > 0 && p - (wanted[i - 1] as number) > 1 ? ["gap" as const, p] : [p],
  );
}

type Place = { slug: string; level: string; parentSlug: string | null; nameVi: string };

/** Vietnamese alphabetical order of names, numbers read as numbers (Tỉnh 2 before Tỉnh 10). */
export function byVietnameseName(
  a: { slug: string; nameVi: string },
  b: { slug: string; nameVi: string },
): number {
  return a.nameVi.localeCompare(b.nameVi, "vi", { numeric: true }) || a.slug.localeCompare(b.slug);
}

/**
 * Localities in reading order: each province, then its districts, by Vietnamese name. Only the
 * slugs in `keep`; a district whose province is not kept still comes after where it would be.
 */
export function inProvinceOrder(localities: readonly Place[], keep: ReadonlySet<string>): string[] {
  const byName = byVietnameseName;
  const provinces = localities.filter((l) => l.level === "province").sort(byName);
  const districtsOf = new Map<string, Place[]>();
  const orphans: Place[] = [];
  for (const l of localities) {
    if (l.level === "province") continue;
    const list = l.parentSlug ? districtsOf.get(l.parentSlug) : undefined;
    if (list) list.push(l);
    else if (l.parentSlug && provinces.some((p) => p.slug === l.parentSlug))
      districtsOf.set(l.parentSlug, [l]);
    else orphans.push(l);
  }
  const ordered = provinces.flatMap((p) => [p, ...(districtsOf.get(p.slug) ?? []).sort(byName)]);
  return [...ordered, ...orphans.sort(byName)].map((l) => l.slug).filter((s) => keep.has(s));
}
