import type { IndicatorInput, LocalityInput, SourceFile } from "../../lib/seed/schema";

type Figure = SourceFile["figures"][number];

// A small deterministic PRNG (mulberry32): the same arguments always give the same dataset.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ["economy", "budget", "social", "environment", "governance"] as const;
const UNITS = ["bn_vnd", "percent", "mn_vnd_per_person", "people", "households"] as const;

/** The pre-2025 map's size: 63 provinces and about 700 districts (11 each), scaled down by `scale`. */
export function nationalCatalog(scale: number): {
  localities: LocalityInput[];
  indicators: IndicatorInput[];
} {
  const provinces = Math.max(1, Math.round(63 * scale));
  const localities: LocalityInput[] = [];
  for (let p = 1; p <= provinces; p++) {
    const province = `tinh-mau-${p}`;
    localities.push({
      slug: province,
      nameVi: `Tỉnh Mẫu ${p}`,
      nameEn: `Sample Province ${p}`,
      level: "province",
      parent: null,
      successorEn: null,
      successorVi: null,
    });
    for (let d = 1; d <= 11; d++)
      localities.push({
        slug: `huyen-mau-${p}-${d}`,
        nameVi: `Huyện Mẫu ${p}.${d}`,
        nameEn: `Sample District ${p}.${d}`,
        level: "district",
        parent: province,
        successorEn: null,
        successorVi: null,
      });
  }
  const indicators: IndicatorInput[] = Array.from({ length: 40 }, (_, i) => {
    const unit = UNITS[i % UNITS.length] as (typeof UNITS)[number];
    return {
      slug: `chi-so-${i + 1}`,
      nameEn: `Sample indicator ${i + 1}`,
      nameVi: `Chỉ số mẫu ${i + 1}`,
      category: CATEGORIES[i % CATEGORIES.length] as (typeof CATEGORIES)[number],
      unit,
      direction: i % 7 === 3 ? "lower" : "higher",
      accumulation:
        unit === "bn_vnd" || unit === "people" ? "flow" : unit === "percent" ? "rate" : "level",
    };
  });
  return { localities, indicators };
}

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 1 });

/**
 * One locality's year as an article: each indicator's full-year target and result, and for flows
 * the Q1, H1 and nine-month results too; every figure quotes the sentence the article holds.
 */
export function nationalSource(
  locality: string,
  year: number,
  indicators: IndicatorInput[],
): { file: SourceFile; article: string } {
  const next = rng(
    year * 7919 + [...locality].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7),
  );
  const lines: string[] = [];
  const figures: Figure[] = [];
  const add = (f: Omit<Figure, "quote" | "gloss" | "glossVi" | "note">, sentence: string) => {
    lines.push(sentence);
    figures.push({ ...f, quote: sentence, gloss: sentence, glossVi: sentence, note: null });
  };
  for (const ind of indicators) {
    const base = Math.round((10 + next() * 990) * 10) / 10;
    const target = base;
    if (figures.length % 3 === 0) {
      const max = Math.round(target * 1.05 * 10) / 10;
      add(
        {
          locality,
          indicator: ind.slug,
          period: String(year),
          kind: "target",
          comparator: "range",
          value: null,
          min: target,
          max,
          basis: "level",
        },
        `${ind.nameEn} in ${year} is planned at ${fmt(target)} to ${fmt(max)}.`,
      );
    } else {
      add(
        {
          locality,
          indicator: ind.slug,
          period: String(year),
          kind: "target",
          comparator: "gte",
          value: target,
          basis: "level",
        },
        `${ind.nameEn} in ${year} is planned at no less than ${fmt(target)}.`,
      );
    }
    const result = Math.round(target * (0.85 + next() * 0.3) * 10) / 10;
    add(
      {
        locality,
        indicator: ind.slug,
        period: String(year),
        kind: "actual",
        comparator: "eq",
        value: result,
        basis: "level",
      },
      `${ind.nameEn} reached ${fmt(result)} for the whole of ${year}.`,
    );
    if (ind.unit === "bn_vnd") {
      for (const [part, share] of [
        ["Q1", 0.22],
        ["H1", 0.48],
        ["9M", 0.73],
      ] as const) {
        const v = Math.round(result * share * (0.9 + next() * 0.2) * 10) / 10;
        add(
          {
            locality,
            indicator: ind.slug,
            period: `${year}-${part}`,
            kind: "actual",
            comparator: "eq",
            value: v,
            basis: "level",
          },
          `${ind.nameEn} reached ${fmt(v)} in ${part} ${year}.`,
        );
      }
    }
  }
  const id = `syn_${locality}_${year}`;
  return {
    file: {
      source: {
        id,
        type: "article",
        language: "en",
        locality,
        title: `${locality} ${year} (synthetic)`,
        titleVi: `${locality} ${year} (tổng hợp)`,
        reports: "Synthetic report for benchmarks.",
        reportsVi: "Báo cáo tổng hợp cho đo hiệu năng.",
        publishedOn: null,
        localityIdentification: "Synthetic.",
        localityIdentificationVi: "Dữ liệu tổng hợp.",
      },
      figures,
    },
    article: lines.join("\n"),
  };
}
