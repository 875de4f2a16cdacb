import type { Lang } from "./i18n/config";
import type { Comparator } from "./domain/enums";

const LOCALE: Record<Lang, string> = { en: "en-US", vi: "vi-VN" };

/** 22000 → "22,000" (en) / "22.000" (vi); up to three decimals, none added. */
export function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(LOCALE[lang], { maximumFractionDigits: 3 });
}

type UnitWords = { before?: string; after: string; space?: boolean };
const UNITS: Record<Lang, Record<string, UnitWords>> = {
  en: {
    bn_vnd: { after: "bn VND" },
    mn_vnd_per_person: { after: "mn VND per person" },
    mn_usd: { after: "mn USD" },
    percent: { after: "%", space: false },
    pp: { after: "pp" },
    people: { after: "people" },
    households: { after: "households" },
    visitors: { after: "visitors" },
    targets: { after: "targets" },
    communes: { after: "communes" },
    enterprises: { after: "enterprises" },
    projects: { after: "projects" },
    hectares: { after: "ha" },
    tonnes: { after: "tonnes" },
    documents: { after: "documents" },
    count: { after: "" },
  },
  vi: {
    bn_vnd: { after: "tỷ đồng" },
    mn_vnd_per_person: { after: "triệu đồng/người" },
    mn_usd: { after: "triệu USD" },
    percent: { after: "%", space: false },
    pp: { after: "điểm %" },
    people: { after: "người" },
    households: { after: "hộ" },
    visitors: { after: "lượt khách" },
    targets: { after: "chỉ tiêu" },
    communes: { after: "xã" },
    enterprises: { after: "doanh nghiệp" },
    projects: { after: "dự án" },
    hectares: { after: "ha" },
    tonnes: { after: "tấn" },
    documents: { after: "văn bản" },
    count: { after: "" },
  },
};

/** The unit as words: "bn VND" / "tỷ đồng". */
export function unitLabel(unit: string, lang: Lang): string {
  return UNITS[lang][unit]?.after ?? unit;
}

/** 22000, "bn_vnd" → "22,000 bn VND" / "22.000 tỷ đồng"; 22.01, "percent" → "22.01%". */
export function formatValue(n: number, unit: string, lang: Lang): string {
  const u = UNITS[lang][unit];
  const num = formatNumber(n, lang);
  if (!u || u.after === "") return num;
  return u.space === false ? `${num}${u.after}` : `${num} ${u.after}`;
}

const COMPARATOR_WORDS: Record<Lang, Record<Exclude<Comparator, "eq" | "range">, string>> = {
  en: { approx: "about", gt: "more than", gte: "at least", lt: "less than", lte: "at most" },
  vi: { approx: "khoảng", gt: "hơn", gte: "ít nhất", lt: "dưới", lte: "tối đa" },
};

/** A figure as stated: "more than 36,000 bn VND", "43–45 mn VND per person", "khoảng 22.900 tỷ đồng". */
export function formatStated(
  f: {
    comparator: Comparator;
    value: number | null;
    min: number | null;
    max: number | null;
    unit: string;
  },
  lang: Lang,
): string {
  if (f.comparator === "range") {
    if (f.min === null || f.max === null) return "–";
    const u = UNITS[lang][f.unit];
    // A dash between negative numbers reads as a minus: "−2 to −1.5" instead of "-2–-1.5".
    const span =
      f.min < 0 || f.max < 0
        ? `${signed(f.min, lang)} ${lang === "vi" ? "đến" : "to"} ${signed(f.max, lang)}`
        : `${formatNumber(f.min, lang)}–${formatNumber(f.max, lang)}`;
    if (!u || u.after === "") return span;
    return u.space === false ? `${span}${u.after}` : `${span} ${u.after}`;
  }
  if (f.value === null) return "–";
  const v = formatValue(f.value, f.unit, lang);
  return f.comparator === "eq" ? v : `${COMPARATOR_WORDS[lang][f.comparator]} ${v}`;
}

function signed(n: number, lang: Lang): string {
  return n < 0 ? `−${formatNumber(-n, lang)}` : formatNumber(n, lang);
}

export function formatPercent(n: number, lang: Lang): string {
  return `${formatNumber(Math.round(n * 10) / 10, lang)}%`;
}
