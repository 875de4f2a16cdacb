// Reads back a many-row chart image (a locality-year's bullet rows, an indicator across
// localities; lib/export/bullet-svg.ts, indicator-svg.ts) for unit tests: its rows by id, and
// what every such image must hold.
import { expect } from "vitest";
import { drawnSeries, legendEntries, roleTexts, wellFormed } from "./svg-parts";

/** The SVG text of an image, checked well-formed. */
export function svgOf(img: { body: string | Buffer } | null): string {
  if (!img || typeof img.body !== "string") throw new Error("no SVG");
  expect(wellFormed(img.body)).toBe(true);
  return img.body;
}

/** Each drawn row: its id and its markup, up to the next row. */
export const rows = (svg: string) =>
  svg
    .split('<g data-row="')
    .slice(1)
    .map((part) => ({ id: part.slice(0, part.indexOf('"')), svg: part }));

/** One row's markup, by id. */
export function row(svg: string, id: string): string {
  const r = rows(svg).find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r.svg;
}

/** The texts of a role, joined as one line. */
export const text = (svg: string, role: string) => roleTexts(svg, role).join(" ");

/** What every view image must hold: a legend of drawn marks only, sources whole, no script. */
export function expectSelfExplaining(s: string, lang: "en" | "vi") {
  for (const e of legendEntries(s)) expect(drawnSeries(s), e.label).toContain(e.series);
  expect(text(s, "source")).toMatch(lang === "vi" ? /^Nguồn: / : /^Sources?: /);
  expect(s).not.toContain("…");
  expect(s).not.toMatch(/<script|<foreignObject|\son[a-z]+="/i);
}
