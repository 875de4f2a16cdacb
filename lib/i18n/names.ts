import type { Lang } from "./config";

/**
 * A locality's name in the UI language. Vietnamese names keep their diacritics in both
 * languages: English text about Vietnam writes "Hướng Hóa" as readily as "Huong Hoa", and the
 * diacritics are what tell places apart.
 */
export function localityName(l: { nameVi: string; nameEn: string }, _lang: Lang): string {
  return l.nameVi;
}

export function indicatorName(i: { nameVi: string; nameEn: string }, lang: Lang): string {
  return lang === "vi" ? i.nameVi : i.nameEn;
}
