import type { CsvCell } from "../csv";
import type { Comparison } from "../domain/types";
import type { Named } from "./names";

/** A figure as open data: the JSON object, field names fixed by the README. */
export type OpenFigure = {
  id: string;
  locality: string;
  indicator: string;
  period: string;
  year: number;
  kind: string;
  comparator: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  basis: string;
  outOf: number | null;
  outcome: string | null;
  outcomeValue: number | null;
  estimated: boolean;
  source: string;
  language: string;
  quote: string;
  gloss: string;
  note: string | null;
  glossVi: string;
  noteVi: string | null;
  /** Where on a web page the number stands; null for articles. */
  location: string | null;
  /** The curator doubts the figure, and says why (in English and Vietnamese); else null. */
  flag: { reason: string; reasonVi: string | null } | null;
  sourceType: string;
  sourceUrl: string | null;
  authority: string | null;
} & FigureRelations;

/** How a report stands to the other reports of the same result (from the comparisons' `others`). */
export type FigureRelations = {
  /** The report that replaces this one (a final figure for an estimate, a later or better one). */
  supersededBy: string[];
  /** Reports of the same result, of the same standing, with another number. */
  disagreesWith: string[];
};

// The CSV keeps the earlier columns where they were and adds the new ones after them.
export const OPEN_FIGURE_COLUMNS = [
  "id",
  "locality",
  "indicator",
  "period",
  "year",
  "kind",
  "comparator",
  "value",
  "min",
  "max",
  "unit",
  "basis",
  "outOf",
  "outcome",
  "outcomeValue",
  "estimated",
  "source",
  "language",
  "quote",
  "gloss",
  "note",
  "glossVi",
  "noteVi",
  "location",
  "flag_reason",
  "flag_reason_vi",
  "sourceType",
  "sourceUrl",
  "authority",
  "localityName",
  "indicatorName",
  "supersededBy",
  "disagreesWith",
] as const;

type FlatFigure = Record<(typeof OPEN_FIGURE_COLUMNS)[number], CsvCell>;

/** A figure as one CSV row: the flag in two columns, lists of figure ids space-separated. */
export function flattenFigure(f: Named<OpenFigure>): FlatFigure {
  const { flag, supersededBy, disagreesWith, ...rest } = f;
  return {
    ...rest,
    flag_reason: flag?.reason ?? null,
    flag_reason_vi: flag?.reasonVi ?? null,
    supersededBy: supersededBy.join(" "),
    disagreesWith: disagreesWith.join(" "),
  };
}

type FigureLike = {
  id: string;
  localitySlug: string;
  indicatorSlug: string;
  period: string;
  year: number;
  kind: string;
  comparator: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  basis: string;
  outOf: number | null;
  outcomeType: string | null;
  outcomeValue: number | null;
  estimated: boolean;
  sourceId: string;
  quote: string;
  gloss: string;
  note: string | null;
  glossVi: string;
  noteVi: string | null;
  location: string | null;
  flagReason: string | null;
  flagReasonVi: string | null;
  source: { language: string; type: string; url: string | null; authority: string | null };
};

const NO_RELATIONS: FigureRelations = { supersededBy: [], disagreesWith: [] };

/** A figure row as open data; `relations` from figureRelations over its locality's comparisons. */
export function toOpenFigure(
  f: FigureLike,
  relations: ReadonlyMap<string, FigureRelations> = new Map(),
): OpenFigure {
  const { supersededBy, disagreesWith } = relations.get(f.id) ?? NO_RELATIONS;
  return {
    id: f.id,
    locality: f.localitySlug,
    indicator: f.indicatorSlug,
    period: f.period,
    year: f.year,
    kind: f.kind,
    comparator: f.comparator,
    value: f.value,
    min: f.min,
    max: f.max,
    unit: f.unit,
    basis: f.basis,
    outOf: f.outOf,
    outcome: f.outcomeType,
    outcomeValue: f.outcomeValue,
    estimated: f.estimated,
    source: f.sourceId,
    language: f.source.language,
    quote: f.quote,
    gloss: f.gloss,
    note: f.note,
    glossVi: f.glossVi,
    noteVi: f.noteVi,
    location: f.location,
    flag: f.flagReason === null ? null : { reason: f.flagReason, reasonVi: f.flagReasonVi },
    sourceType: f.source.type,
    sourceUrl: f.source.url,
    authority: f.source.authority,
    supersededBy: [...supersededBy],
    disagreesWith: [...disagreesWith],
  };
}

/**
 * Each report's standing against the one a verdict uses, from the comparisons' `others`: a
 * replaced report is superseded by the chosen one; reports that disagree disagree both ways.
 * The comparisons must cover the figures' whole localities (and years), as buildComparisons
 * pairs across sources and indicators (a growth rate with its base indicator's % change).
 */
export function figureRelations(comparisons: readonly Comparison[]): Map<string, FigureRelations> {
  const out = new Map<string, FigureRelations>();
  const of = (id: string) => {
    let r = out.get(id);
    if (!r) out.set(id, (r = { supersededBy: [], disagreesWith: [] }));
    return r;
  };
  for (const c of comparisons) {
    const chosen = c.actual?.figureId;
    if (chosen === undefined) continue;
    for (const o of c.others) {
      if (o.relation === "superseded") of(o.figureId).supersededBy.push(chosen);
      else {
        of(o.figureId).disagreesWith.push(chosen);
        of(chosen).disagreesWith.push(o.figureId);
      }
    }
  }
  return out;
}

const KIND_ORDER: Record<string, number> = { target: 0, actual: 1 };

/** The order every figure listing uses: locality, indicator, period, target before result, basis, source. */
export function sortFigures(rows: OpenFigure[]): OpenFigure[] {
  return [...rows].sort(
    (a, b) =>
      a.locality.localeCompare(b.locality) ||
      a.indicator.localeCompare(b.indicator) ||
      a.period.localeCompare(b.period) ||
      (KIND_ORDER[a.kind] ?? 0) - (KIND_ORDER[b.kind] ?? 0) ||
      a.basis.localeCompare(b.basis) ||
      a.source.localeCompare(b.source),
  );
}
