import type { Language } from "../domain/enums";

// Thai (๐-๙), Arabic-Indic (٠-٩) and Persian (۰-۹) digits, and the Arabic separators, are folded to
// ASCII first so that one grammar per separator convention reads every article.
const DIGIT_BLOCKS = [0x0e50, 0x0660, 0x06f0];

export function foldDigits(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const block = DIGIT_BLOCKS.find((start) => code >= start && code <= start + 9);
    if (block !== undefined) out += String(code - block);
    else if (ch === "٫")
      out += "."; // Arabic decimal separator
    else if (ch === "٬")
      out += ","; // Arabic thousands separator
    else out += ch;
  }
  return out;
}

/** Whether a language writes `23.803,2` (German) rather than `23,803.2`. */
function usesDecimalComma(language: Language): boolean {
  // German, Vietnamese, French and Hungarian write 3.658 (or 3 658) for 3,658 and 8,74 for 8.74.
  return language === "de" || language === "vi" || language === "fr" || language === "hu";
}

/**
 * Every number written in a text, read with the language's separators. Signs are not read: a
 * hyphen is as often a range dash ("3-3.5") as a minus.
 */
export function numbersIn(text: string, language: Language): number[] {
  const folded = foldDigits(text);
  const comma = usesDecimalComma(language);
  const pattern = comma
    ? /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g
    : /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
  return [...folded.matchAll(pattern)].map((m) => {
    const token = m[0];
    const plain = comma ? token.replaceAll(".", "").replace(",", ".") : token.replaceAll(",", "");
    return Number(plain);
  });
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** How the language writes a number, for error messages: 23803.2 → "23.803,2" in German. */
export function writeNumber(n: number, language: Language): string {
  return n.toLocaleString(usesDecimalComma(language) ? "de-DE" : "en-US", {
    maximumFractionDigits: 10,
  });
}

/** Whether `text` states `n` (ignoring sign) as `language` writes numbers. */
export function statesNumber(text: string, n: number, language: Language): boolean {
  const wanted = Math.abs(n);
  return numbersIn(text, language).some((found) => sameNumber(found, wanted));
}
