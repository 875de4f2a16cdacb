import "server-only";
import fs from "node:fs";
import path from "node:path";

// The UI font's Latin and Vietnamese subsets, regular and bold: enough for every name and label.
const FACES = [
  { subset: "latin", weight: 400 },
  { subset: "vietnamese", weight: 400 },
  { subset: "latin", weight: 700 },
  { subset: "vietnamese", weight: 700 },
] as const;
const RANGES: Record<string, string> = {
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  vietnamese:
    "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB",
};

function fontFile(subset: string, weight: number, ext: "woff" | "woff2"): string {
  return path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    "node_modules/@fontsource/noto-sans/files",
    `noto-sans-${subset}-${weight}-normal.${ext}`,
  );
}

let css: string | undefined;
/** @font-face rules with the fonts inlined, so an exported SVG renders the same anywhere. */
export function embeddedFontCss(): string {
  css ??= FACES.map(({ subset, weight }) => {
    const data = fs.readFileSync(fontFile(subset, weight, "woff2")).toString("base64");
    return `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${RANGES[subset]}}`;
  }).join("");
  return css;
}

/**
 * Full TrueType faces for the server-side rasteriser. The rasteriser does not combine the
 * web subsets (Latin and Vietnamese faces of one family), so it gets the complete font. Noto
 * Sans has no ≥, ≤ or ≈, which target labels use ("Target ≥ 4,000 bn VND"): the rasteriser
 * takes them from Geist, the font Next.js ships for its own image renderer (SIL OFL), when it is
 * there. Browsers opening the SVG fall back to a system font for them.
 */
export function rasterFontFiles(): string[] {
  const dir = path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    "node_modules/@expo-google-fonts/noto-sans",
  );
  const symbols = path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf",
  );
  return [
    path.join(dir, "400Regular/NotoSans_400Regular.ttf"),
    path.join(dir, "700Bold/NotoSans_700Bold.ttf"),
    ...(fs.existsSync(symbols) ? [symbols] : []),
  ];
}
