import type { Lang } from "../i18n/config";
import { indicatorName, localityName } from "../i18n/names";

type Name = { nameEn: string; nameVi: string };

/** Every locality's and indicator's names by slug: read once per process (lib/data/names.ts). */
export type NameCatalogue = {
  localities: ReadonlyMap<string, Name>;
  indicators: ReadonlyMap<string, Name>;
};

/** The display names an open-data row carries beside its slugs, in the language asked for. */
type DisplayNames = { localityName: string; indicatorName: string };
export type Named<T> = T & DisplayNames;

/**
 * Rows with their locality's and indicator's names in `lang` (the pages' own wording, from
 * lib/i18n/names.ts). A slug the catalogue lacks keeps the slug as its name rather than failing
 * the whole download.
 */
export function withNames<T extends { locality: string; indicator: string }>(
  rows: readonly T[],
  catalogue: NameCatalogue,
  lang: Lang,
): Named<T>[] {
  return rows.map((row) => {
    const locality = catalogue.localities.get(row.locality);
    const indicator = catalogue.indicators.get(row.indicator);
    return {
      ...row,
      localityName: locality ? localityName(locality, lang) : row.locality,
      indicatorName: indicator ? indicatorName(indicator, lang) : row.indicator,
    };
  });
}
