import path from "node:path";
import { checkFigureAgainstArticle, checkWebFigure } from "./curation";
import type { SeedError, SeedSet } from "./types";
import type { FigureInput } from "./schema";
import { COUNT_UNITS, type Unit } from "../domain/enums";

// A level of these is never negative.
const COUNTS: ReadonlySet<Unit> = new Set(COUNT_UNITS);

export function naturalKey(
  sourceId: string,
  f: Pick<FigureInput, "locality" | "indicator" | "period" | "kind" | "basis">,
): string {
  return [sourceId, f.locality, f.indicator, f.period, f.kind, f.basis].join("|");
}

/** Rules that span files: references resolve, keys are unique, quotes match their articles. */
export function validateSeeds(
  seeds: SeedSet,
  files: { localities: string; indicators: string },
): SeedError[] {
  const errors: SeedError[] = [];
  const localityLevel = new Map<string, string>();
  seeds.localities.forEach((l, i) => {
    if (localityLevel.has(l.slug))
      errors.push({
        file: files.localities,
        path: `localities[${i}].slug`,
        message: `duplicate locality "${l.slug}"`,
      });
    localityLevel.set(l.slug, l.level);
  });
  seeds.localities.forEach((l, i) => {
    const at = `localities[${i}].parent`;
    if (l.level === "province" && l.parent !== null)
      errors.push({
        file: files.localities,
        path: at,
        message: "a province has no parent (expected null)",
      });
    if (l.level === "district" && l.parent === null)
      errors.push({
        file: files.localities,
        path: at,
        message: "a district needs its parent province",
      });
    if (l.parent !== null && localityLevel.get(l.parent) !== "province")
      errors.push({ file: files.localities, path: at, message: `unknown province "${l.parent}"` });
  });

  const units = new Map<string, Unit>();
  seeds.indicators.forEach((ind, i) => {
    if (units.has(ind.slug))
      errors.push({
        file: files.indicators,
        path: `indicators[${i}].slug`,
        message: `duplicate indicator "${ind.slug}"`,
      });
    units.set(ind.slug, ind.unit);
  });

  seeds.indicators.forEach((ind, i) => {
    if (ind.growthOf && !units.has(ind.growthOf))
      errors.push({
        file: files.indicators,
        path: `indicators[${i}].growthOf`,
        message: `unknown indicator "${ind.growthOf}"`,
      });
  });

  for (const { file, data, article } of seeds.sources) {
    const { source, figures } = data;
    const expectedId = path.basename(file, ".json");
    if (source.id !== expectedId)
      errors.push({
        file,
        path: "source.id",
        message: `"${source.id}" does not match the file name "${expectedId}"`,
      });
    if (!localityLevel.has(source.locality))
      errors.push({
        file,
        path: "source.locality",
        message: `unknown locality "${source.locality}"`,
      });
    const seen = new Map<string, number>();
    figures.forEach((f, i) => {
      const at = `figures[${i}]`;
      if (!localityLevel.has(f.locality))
        errors.push({ file, path: `${at}.locality`, message: `unknown locality "${f.locality}"` });
      const unit = units.get(f.indicator);
      if (unit === undefined)
        errors.push({
          file,
          path: `${at}.indicator`,
          message: `unknown indicator "${f.indicator}"`,
        });
      const key = naturalKey(source.id, f);
      const first = seen.get(key);
      if (first !== undefined)
        errors.push({
          file,
          path: at,
          message: `duplicate figure: same locality, indicator, period, kind and basis as figures[${first}]`,
        });
      else seen.set(key, i);
      if (unit !== undefined && COUNTS.has(unit) && f.basis === "level") {
        for (const k of ["value", "min", "max"] as const) {
          const v = f[k];
          if (typeof v === "number" && v < 0)
            errors.push({
              file,
              path: `${at}.${k}`,
              message: `a count of ${unit} cannot be negative (${v})`,
            });
        }
      }
      const problems =
        article === null
          ? checkWebFigure(f, source.language)
          : checkFigureAgainstArticle(f, article, `${source.id}.txt`, source.language);
      for (const p of problems) errors.push({ file, path: `${at}.${p.path}`, message: p.message });
    });
    (data.outcomes ?? []).forEach((o, i) => {
      const at = `outcomes[${i}]`;
      if (!localityLevel.has(o.locality))
        errors.push({ file, path: `${at}.locality`, message: `unknown locality "${o.locality}"` });
      if (!units.has(o.indicator))
        errors.push({
          file,
          path: `${at}.indicator`,
          message: `unknown indicator "${o.indicator}"`,
        });
      const key = naturalKey(source.id, { ...o, kind: "actual", basis: "level" });
      if (seen.has(key))
        errors.push({
          file,
          path: at,
          message: "the same result is already a figure of this source",
        });
      seen.set(key, -1);
      if (article === null && (o.asWritten === undefined || o.location === undefined))
        errors.push({ file, path: at, message: "a web outcome needs asWritten and location" });
      if (article !== null && (o.quote === undefined || !article.includes(o.quote)))
        errors.push({
          file,
          path: `${at}.quote`,
          message: `is not a verbatim substring of ${source.id}.txt`,
        });
    });
    if (article === null && data.skips)
      errors.push({ file, path: "skips", message: "skips account for an article's numbers only" });
  }
  return errors;
}
