import type { CsvCell } from "../csv";

/** A figure as open data: the JSON object and the CSV row, field names fixed by the README. */
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
} & Record<string, CsvCell>;

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
] as const satisfies readonly (keyof OpenFigure)[];

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
  source: { language: string };
};

export function toOpenFigure(f: FigureLike): OpenFigure {
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
  };
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
