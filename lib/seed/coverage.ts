import { foldDigits } from "./numbers";
import type { SourceFile } from "./schema";

/** One number in an article and what accounts for it. */
export type TokenCoverage = {
  token: string;
  at: number;
  status: "used" | "skipped" | "missing";
  by: string; // the figure's indicator, or the skip's reason
};

// A number as an article writes it: digits (Thai and Arabic-Indic too) with separators.
const TOKEN = /[0-9๐-๙٠-٩]+(?:[.,٫٬][0-9๐-๙٠-٩]+)*/g;

function parseToken(token: string, language: string): number {
  const folded = foldDigits(token);
  return language === "de"
    ? Number(folded.replaceAll(".", "").replace(",", "."))
    : Number(folded.replaceAll(",", ""));
}

const same = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function spans(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    out.push([i, i + needle.length]);
  return out;
}

/**
 * Every number in an article, with the figure that uses it (a figure whose quote holds it and
 * whose value, range, outOf or outcome is that number) or the skip that says why none does.
 */
export function articleCoverage(data: SourceFile, article: string): TokenCoverage[] {
  const language = data.source.language;
  const figures = data.figures.map((f) => {
    const scale = f.statedScale ?? 1;
    const nums: number[] = [];
    for (const v of [f.value, f.min, f.max])
      if (typeof v === "number") nums.push(Math.abs(v), Math.abs(v) / scale);
    if (f.outOf !== undefined) nums.push(f.outOf);
    if (f.outcome && "value" in f.outcome) nums.push(f.outcome.value);
    return { indicator: f.indicator, nums, spans: f.quote ? spans(article, f.quote) : [] };
  });
  const skips = (data.skips ?? []).map((s) => ({
    ...s,
    spans: s.context === undefined ? null : spans(article, s.context),
  }));
  return [...article.matchAll(TOKEN)].map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const inside = ([a, b]: [number, number]) => start >= a && end <= b;
    const n = parseToken(m[0], language);
    const fig = figures.find((g) => g.spans.some(inside) && g.nums.some((x) => same(x, n)));
    if (fig) return { token: m[0], at: start, status: "used", by: fig.indicator };
    const skip = skips.find((k) => k.number === m[0] && (k.spans === null || k.spans.some(inside)));
    if (skip) return { token: m[0], at: start, status: "skipped", by: skip.reason };
    return { token: m[0], at: start, status: "missing", by: "" };
  });
}
