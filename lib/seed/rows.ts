import { createHash } from "node:crypto";
import { parsePeriod } from "../domain/period";
import type { FigureInput, StatedOutcomeInput } from "./schema";
import type { SeedSet } from "./types";
import type { Basis, Unit } from "../domain/enums";
import { naturalKey } from "./validate";

/** Rows exactly as the tables of prisma/schema.prisma hold them, columns in table order. */
export type Row = Record<string, string | number | null>;
export type TableRows = { Locality: Row[]; Indicator: Row[]; Source: Row[]; Figure: Row[] };

/** The unit of a figure's number: the indicator's own for a level, else what the basis measures. */
function figureUnit(indicatorUnit: Unit, basis: Basis): Unit {
  switch (basis) {
    case "level":
    case "abs_change":
      return indicatorUnit;
    case "pp_change":
      return "pp";
    default:
      return "percent";
  }
}

function figureId(key: string): string {
  return createHash("sha1").update(key).digest("hex").slice(0, 16);
}

/**
 * An outcome stated without a number is stored as a result with no value: the status engine
 * reads its stated outcome as the verdict (lib/status/compare.ts).
 */
function outcomeAsFigure(o: StatedOutcomeInput): FigureInput {
  return {
    ...o,
    kind: "actual",
    comparator: "eq",
    value: null,
    basis: "level",
    outcome: { type: o.outcome },
  };
}

export function toRows(seeds: SeedSet): TableRows {
  // Provinces first so a district's parent exists when it is inserted.
  const localities = [...seeds.localities].sort((a, b) =>
    a.level === b.level ? 0 : a.level === "province" ? -1 : 1,
  );
  const unitOf = new Map(seeds.indicators.map((i) => [i.slug, i.unit]));
  return {
    Locality: localities.map((l) => ({
      slug: l.slug,
      nameVi: l.nameVi,
      nameEn: l.nameEn,
      level: l.level,
      parentSlug: l.parent,
      successorEn: l.successorEn,
      successorVi: l.successorVi,
    })),
    Indicator: seeds.indicators.map((i) => ({
      slug: i.slug,
      nameEn: i.nameEn,
      nameVi: i.nameVi,
      category: i.category,
      unit: i.unit,
      direction: i.direction,
      accumulation: i.accumulation,
      growthOf: i.growthOf ?? null,
    })),
    Source: seeds.sources.map(({ data: { source: s } }) => ({
      id: s.id,
      type: s.type,
      language: s.language,
      localitySlug: s.locality,
      title: s.title,
      titleVi: s.titleVi,
      reports: s.reports,
      reportsVi: s.reportsVi,
      url: s.url ?? null,
      publisher: s.publisher ?? null,
      publishedOn: s.publishedOn,
      retrievedOn: s.retrievedOn ?? null,
      authority: s.authority ?? null,
      localityIdentification: s.localityIdentification,
      localityIdentificationVi: s.localityIdentificationVi,
    })),
    Figure: seeds.sources.flatMap(({ data: { source, figures, outcomes = [] } }) =>
      [...figures, ...outcomes.map(outcomeAsFigure)].map((f, position) => {
        const period = parsePeriod(f.period);
        const unit = unitOf.get(f.indicator);
        if (!period || !unit)
          throw new Error(`unvalidated figure ${source.id} figures[${position}]`);
        return {
          id: figureId(naturalKey(source.id, f)),
          sourceId: source.id,
          position,
          localitySlug: f.locality,
          indicatorSlug: f.indicator,
          period: f.period,
          year: period.year,
          periodPart: period.part,
          kind: f.kind,
          comparator: f.comparator,
          value: f.value ?? null,
          min: f.min ?? null,
          max: f.max ?? null,
          unit: figureUnit(unit, f.basis),
          basis: f.basis,
          outOf: f.outOf ?? null,
          outcomeType: f.outcome?.type ?? null,
          outcomeValue: f.outcome && "value" in f.outcome ? f.outcome.value : null,
          estimated: f.estimated ? 1 : 0,
          statedScale: f.statedScale ?? 1,
          statedAs: f.statedAs ?? null,
          // A web figure's "quote" is the number as the page writes it (validate.ts checks one is set).
          quote: f.quote ?? f.asWritten ?? "",
          location: f.location ?? null,
          gloss: f.gloss,
          glossVi: f.glossVi,
          note: f.note ?? null,
          noteVi: f.noteVi ?? null,
          flagReason: f.flag?.reason ?? null,
          flagReasonVi: f.flag?.reasonVi ?? null,
        };
      }),
    ),
  };
}
