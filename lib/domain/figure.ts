import { intern } from "../intern";
import type { Authority, Basis, Comparator, Kind, OutcomeType } from "./enums";
import type { PeriodPart } from "./period";
import type { Figure } from "./types";

/** A figure with everything a reader needs to check it: its words, glosses and source. */
export type FigureDetail = Figure & {
  quote: string;
  location: string | null;
  gloss: string;
  glossVi: string;
  note: string | null;
  noteVi: string | null;
  flagReason: string | null;
  flagReasonVi: string | null;
  outOf: number | null;
  language: string;
  sourceTitle: string;
  sourceTitleVi: string;
  sourceType: string;
};

/** The columns a status needs, as the database holds them (plain strings for the enums). */
export type FigureRow = {
  id: string;
  sourceId: string;
  localitySlug: string;
  indicatorSlug: string;
  period: string;
  year: number;
  periodPart: string;
  kind: string;
  comparator: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  basis: string;
  outcomeType: string | null;
  outcomeValue: number | null;
  estimated: boolean;
  flagReason: string | null;
  source: { publishedOn: string | null; authority: string | null };
};

type DetailRow = FigureRow & {
  quote: string;
  location: string | null;
  gloss: string;
  glossVi: string;
  note: string | null;
  noteVi: string | null;
  flagReasonVi: string | null;
  outOf: number | null;
  source: FigureRow["source"] & { language: string; title: string; titleVi: string; type: string };
};

/**
 * The one place a database row becomes a typed figure. The seed schema checked every enumerated
 * value on the way in, so these casts only narrow Prisma's plain strings back to those types.
 */
export function toFigure(r: FigureRow): Figure {
  // Every column but the id repeats across rows: held once each (lib/intern.ts).
  return {
    id: r.id,
    sourceId: intern(r.sourceId),
    localitySlug: intern(r.localitySlug),
    indicatorSlug: intern(r.indicatorSlug),
    period: intern(r.period),
    year: r.year,
    periodPart: intern(r.periodPart) as PeriodPart,
    kind: intern(r.kind) as Kind,
    comparator: intern(r.comparator) as Comparator,
    value: r.value,
    min: r.min,
    max: r.max,
    unit: intern(r.unit),
    basis: intern(r.basis) as Basis,
    outcomeType: intern(r.outcomeType) as OutcomeType | null,
    outcomeValue: r.outcomeValue,
    estimated: r.estimated,
    doubtful: r.flagReason !== null,
    publishedOn: intern(r.source.publishedOn),
    authority: intern(r.source.authority) as Authority | null,
  };
}

export function toFigureDetail(r: DetailRow): FigureDetail {
  return {
    ...toFigure(r),
    quote: r.quote,
    location: r.location,
    gloss: r.gloss,
    glossVi: r.glossVi,
    note: r.note,
    noteVi: r.noteVi,
    flagReason: r.flagReason,
    flagReasonVi: r.flagReasonVi,
    outOf: r.outOf,
    language: r.source.language,
    sourceTitle: r.source.title,
    sourceTitleVi: r.source.titleVi,
    sourceType: r.source.type,
  };
}
