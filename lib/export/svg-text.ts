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

/**
 * Breaks text into lines of at most `max` characters at spaces (SVG text does not wrap). A word
 * longer than a line is cut. Returns at most `maxLines` lines, the last one ellipsed if needed.
 */
export function wrapText(text: string, max: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces =
      word.length > max ? (word.match(new RegExp(`.{1,${max}}`, "g")) ?? [word]) : [word];
    for (const piece of pieces) {
      if (line === "") line = piece;
      else if (line.length + 1 + piece.length <= max) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? "").slice(0, Math.max(0, max - 1))}…`;
  return kept;
}

/** A finite number for an SVG attribute, rounded to 0.1 px. */
export function px(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 10) / 10) : "0";
}
