import fs from "node:fs";
import { rasterFontFiles } from "./fonts";

/** Advance widths of one TrueType face, in em, by code point; null where it has no glyph. */
type Face = (codePoint: number) => number | null;

function table(b: Buffer, tag: string): number | null {
  const n = b.readUInt16BE(4);
  for (let i = 0; i < n; i++) {
    const r = 12 + 16 * i;
    if (b.toString("latin1", r, r + 4) === tag) return b.readUInt32BE(r + 8);
  }
  return null;
}

/** Code point → glyph id from the cmap's format 12 subtable (or format 4 for the BMP). */
function glyphIds(b: Buffer, cmap: number): Map<number, number> {
  const ids = new Map<number, number>();
  const subtables = b.readUInt16BE(cmap + 2);
  const offsets = Array.from(
    { length: subtables },
    (_, i) => cmap + b.readUInt32BE(cmap + 8 + 8 * i),
  );
  const f12 = offsets.find((t) => b.readUInt16BE(t) === 12);
  if (f12 !== undefined) {
    for (let g = 0, n = b.readUInt32BE(f12 + 12); g < n; g++) {
      const [start, end, glyph] = [0, 4, 8].map((d) => b.readUInt32BE(f12 + 16 + 12 * g + d));
      for (let c = start as number; c <= (end as number); c++)
        ids.set(c, (glyph as number) + c - (start as number));
    }
    return ids;
  }
  const f4 = offsets.find((t) => b.readUInt16BE(t) === 4);
  if (f4 === undefined) return ids;
  const segs = b.readUInt16BE(f4 + 6) / 2;
  const ends = f4 + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  for (let s = 0; s < segs; s++) {
    const [end, start] = [b.readUInt16BE(ends + 2 * s), b.readUInt16BE(starts + 2 * s)];
    const [delta, range] = [b.readInt16BE(deltas + 2 * s), b.readUInt16BE(ranges + 2 * s)];
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const g = range === 0 ? c + delta : b.readUInt16BE(ranges + 2 * s + range + 2 * (c - start));
      if (g !== 0) ids.set(c, (g + (range === 0 ? 0 : delta)) & 0xffff);
    }
  }
  return ids;
}

function readFace(file: string): Face | null {
  if (!fs.existsSync(file)) return null;
  const b = fs.readFileSync(file);
  const [head, hhea, hmtx, cmap] = ["head", "hhea", "hmtx", "cmap"].map((t) => table(b, t));
  if (head == null || hhea == null || hmtx == null || cmap == null) return null;
  const upm = b.readUInt16BE(head + 18);
  const metrics = b.readUInt16BE(hhea + 34);
  const ids = glyphIds(b, cmap);
  return (cp) => {
    const g = ids.get(cp);
    if (g === undefined) return null;
    return b.readUInt16BE(hmtx + 4 * Math.min(g, metrics - 1)) / upm;
  };
}

let faces: { regular: Face | null; bold: Face | null; symbols: Face | null } | undefined;

/** The rasteriser's faces: Noto Sans regular and bold, and the symbol fallback (Geist). */
function loaded() {
  if (!faces) {
    const [regular, bold, symbols] = rasterFontFiles().map(readFace);
    faces = { regular: regular ?? null, bold: bold ?? null, symbols: symbols ?? null };
  }
  return faces;
}

/** Whether the UI font draws this character (else the rasteriser takes it from the fallback). */
export function inUiFont(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  const f = loaded().regular;
  return f === null || f(cp) !== null;
}

/** The advance of one character in em, from the fonts the image is drawn with; null if unknown. */
export function advance(ch: string, bold: boolean): number | null {
  const cp = ch.codePointAt(0) ?? 0;
  const f = loaded();
  return (bold ? f.bold : f.regular)?.(cp) ?? f.symbols?.(cp) ?? null;
}
