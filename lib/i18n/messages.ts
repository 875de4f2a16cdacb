import type { Lang } from "./config";
import { en, type Messages } from "./en";
import { vi } from "./vi";

export type { Messages };

const MESSAGES: Record<Lang, Messages> = { en, vi };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** A period in words: "2024", "Q1 2024" / "Quý I/2024", "H1 2024" / "6 tháng đầu năm 2024". */
export function periodLabel(period: string, lang: Lang): string {
  const [year, part] = period.split("-");
  if (!part) return lang === "vi" ? `năm ${year}` : `${year}`;
  const vi: Record<string, string> = {
    Q1: "quý I",
    Q2: "quý II",
    Q3: "quý III",
    Q4: "quý IV",
    H1: "6 tháng đầu năm",
    H2: "6 tháng cuối năm",
    "9M": "9 tháng",
  };
  const en: Record<string, string> = {
    Q1: "Q1",
    Q2: "Q2",
    Q3: "Q3",
    Q4: "Q4",
    H1: "H1",
    H2: "H2",
    "9M": "first nine months of",
  };
  const months = /^(\d+)M$/.exec(part)?.[1];
  if (months && !vi[part])
    return lang === "vi" ? `${months} tháng ${year}` : `first ${months} months of ${year}`;
  return lang === "vi" ? `${vi[part] ?? part} ${year}` : `${en[part] ?? part} ${year}`;
}
