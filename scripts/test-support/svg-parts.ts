// Reads back what a composed chart SVG shows, for unit tests: the texts by their data-role, the
// legend entries and the series drawn. The composer emits a small, regular subset of SVG, so
// patterns suffice; a malformed document fails the well-formedness check first.

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The text content of a fragment: every <text> in it, joined. */
const textOf = (fragment: string) =>
  [...fragment.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1] ?? "")).join("");

/** Each element carrying data-role="role", as the text it shows (a split line joined again). */
export function roleTexts(svg: string, role: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<(text|g) data-role="${role}"[^>]*>`, "g");
  for (const m of svg.matchAll(re)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = svg.indexOf(`</${m[1]}>`, start);
    const inner = svg.slice(start, end);
    out.push(m[1] === "text" ? unescape(inner) : textOf(inner));
  }
  return out;
}

/** Legend entries: the series each swatch stands for, and its words. */
export function legendEntries(svg: string): { series: string; label: string }[] {
  return [...svg.matchAll(/<g data-legend="([^"]*)">(.*?)<\/g>/gs)].map((m) => ({
    series: m[1] ?? "",
    label: textOf(m[2] ?? ""),
  }));
}

/** The series the plot draws (bars, hatched bars, target line or band, elapsed marker). */
export function drawnSeries(svg: string): Set<string> {
  return new Set([...svg.matchAll(/data-series="([^"]+)"/g)].map((m) => m[1] ?? ""));
}

/** Whether every tag opens and closes in order (what an XML parser would insist on). */
export function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)\b[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    if (self) continue;
    if (!close) stack.push(name ?? "");
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}
