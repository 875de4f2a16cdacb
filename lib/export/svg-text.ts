import { advance, inUiFont } from "./font-metrics";

/** Text for SVG/XML: every markup character escaped, control characters dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A finite number for an SVG attribute, rounded to 0.1 px. */
export function px(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 10) / 10) : "0";
}

// Rough advance widths in em by character class, for a character no loaded font measures.
const NARROW = new Set([..." .,:;'|!ijlI()[]/-·"]);
const WIDE = new Set([..."mwMW%@—"]);
function estimate(ch: string): number {
  const base = ch.normalize("NFD").charAt(0);
  if (NARROW.has(base)) return 0.3;
  if (WIDE.has(base)) return 0.86;
  if (/[0-9]/.test(base)) return 0.58;
  if (/[A-Z]/.test(base)) return 0.66;
  return /[a-z]/.test(base) ? 0.55 : 0.62;
}

/** Width in px of `s` at `size` px, from the font's own advance widths (kerning aside). */
export function textWidth(s: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of s) em += advance(ch, bold) ?? estimate(ch);
  return em * size;
}

/**
 * Breaks text into lines that fit `fits` (SVG text does not wrap), at spaces; a word too long
 * for a line on its own (a long URL) is cut between characters. Nothing is ever dropped.
 */
export function wrapText(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  const push = (piece: string) => {
    const next = line === "" ? piece : `${line} ${piece}`;
    if (fits(next) || line === "") line = next;
    else {
      lines.push(line);
      line = piece;
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (fits(word)) {
      push(word);
      continue;
    }
    // Too long for a line of its own: cut into pieces that each fill a line.
    let piece = "";
    for (const ch of word) {
      if (piece !== "" && !fits(piece + ch)) {
        push(piece);
        piece = "";
      }
      piece += ch;
    }
    push(piece);
  }
  if (line) lines.push(line);
  return lines;
}

/** Fits text of `size` px into `width` px. */
export const fitsWidth =
  (width: number, size: number, bold = false) =>
  (line: string) =>
    textWidth(line, size, bold) <= width;

type TextOpts = {
  weight?: number;
  fill?: string;
  anchor?: "start" | "middle" | "end";
  rotate?: boolean;
  italic?: boolean;
  role?: string;
};

function textElement(x: number, y: number, s: string, size: number, o: TextOpts, anchor: string) {
  const rot = o.rotate ? ` transform="rotate(-90 ${px(x)} ${px(y)})"` : "";
  const style = o.italic ? ` font-style="italic"` : "";
  return `<text x="${px(x)}" y="${px(y)}" font-size="${px(size)}" font-weight="${o.weight ?? 400}" fill="${o.fill ?? "#1c1917"}" text-anchor="${anchor}"${style}${rot}>${escapeXml(s)}</text>`;
}

/** Splits text where it leaves the UI font (≥, ≤, ≈) and where it comes back. */
function runs(s: string): string[] {
  const out: string[] = [];
  let run = "";
  let ui: boolean | null = null;
  for (const ch of s) {
    const here: boolean | null = ch === " " ? ui : inUiFont(ch);
    if (ui !== null && here !== ui && run) {
      out.push(run);
      run = "";
    }
    ui = here;
    run += ch;
  }
  if (run) out.push(run);
  return out;
}

/**
 * One line of text, every string escaped; `role` marks what it is, for the tests. A character
 * the UI font lacks goes into a text of its own, placed by the fonts' advance widths: the
 * rasteriser would otherwise set the whole line in the fallback font, bold lost.
 */
export function svgText(x: number, y: number, s: string, size: number, o: TextOpts = {}): string {
  const role = o.role ? ` data-role="${escapeXml(o.role)}"` : "";
  const parts = runs(s);
  if (parts.length <= 1 || o.rotate)
    return textElement(x, y, s, size, o, o.anchor ?? "start").replace("<text ", `<text${role} `);
  const bold = (o.weight ?? 400) >= 600;
  const total = textWidth(s, size, bold);
  let cx = o.anchor === "middle" ? x - total / 2 : o.anchor === "end" ? x - total : x;
  const texts = parts.map((p) => {
    const el = textElement(cx, y, p, size, o, "start").replace(
      "<text ",
      `<text xml:space="preserve" `,
    );
    cx += textWidth(p, size, bold);
    return el;
  });
  return `<g${role}>${texts.join("")}</g>`;
}
