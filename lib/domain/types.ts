import type { PeriodPart } from "./period";
import type {
  Accumulation,
  Authority,
  Basis,
  Comparator,
  Direction,
  Kind,
  OutcomeType,
  Status,
} from "./enums";

export type Figure = {
  id: string;
  sourceId: string;
  localitySlug: string;
  indicatorSlug: string;
  period: string;
  year: number;
  periodPart: PeriodPart;
  kind: Kind;
  comparator: Comparator;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  basis: Basis;
  outcomeType: OutcomeType | null;
  outcomeValue: number | null;
  /** The source calls the number an estimate: a final figure replaces it. */
  estimated: boolean;
  /** The curator doubts the figure (the reason is with its provenance). */
  doubtful: boolean;
  /** When and by whom the figure was reported, for choosing between reports of the same result. */
  publishedOn: string | null;
  authority: Authority | null;
};

export type Indicator = {
  slug: string;
  unit: string;
  direction: Direction;
  accumulation: Accumulation;
  /** This indicator is the growth rate of another: that one's % change counts as this one's level. */
  growthOf: string | null;
};

export type TargetRef = {
  figureId: string | null; // null when derived from a stated outcome
  source: string;
  period: string;
  comparator: Comparator;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  /** Implied from an outcome the source states ("93.64% of plan"), never stated itself. */
  derived: boolean;
};

export type ActualRef = {
  figureId: string;
  source: string;
  period: string;
  comparator: Comparator;
  value: number | null;
  unit: string;
  reported: { type: OutcomeType; value: number | null } | null;
  estimated: boolean;
  doubtful: boolean;
};

/**
 * A result computed from curated figures on other bases of the same indicator, with the
 * arithmetic shown: 2.76% − 4.21% = −1.45 pp ("level_minus_base").
 */
export type Conversion = {
  kind: "level_minus_base" | "level_over_base" | "change_over_base" | "base_plus_change";
  result: number;
  input: { figureId: string; value: number; period: string };
  base: { figureId: string; value: number; period: string };
};

/** Where a verdict comes from: compared by us, or stated by the source itself. */
export type VerdictBasis = "computed" | "stated";
export type Verdict = "exceeded" | "achieved" | "missed";

export type Comparison = {
  locality: string;
  indicator: string;
  year: number;
  basis: Basis;
  target: TargetRef | null;
  actual: ActualRef | null;
  status: Status;
  /** The result as a percentage of the target, where that means something; else null. */
  progress: number | null;
  /** The result covers part of the year (Q1, H1, 9M): the status is interim. */
  interim: boolean;
  /** Share of the year the result covers (0.25 for Q1), for interim results; else null. */
  elapsed: number | null;
  /** Where the status comes from; null when there is nothing to judge (no result, no target). */
  verdictBasis: VerdictBasis | null;
  /** The verdict the source states, when it differs from the computed one (which stands). */
  disagreement: Verdict | null;
  /** The verdict rests on a figure the curator doubts. */
  doubtful: boolean;
  /**
   * Other reports of the chosen result: replaced (an estimate before the final figure, an
   * earlier or lower-standing report) or disagreeing (same standing, another number).
   */
  others: { figureId: string; relation: "superseded" | "disagrees" }[];
  /** Set when the result was computed from figures on other bases (the arithmetic to show). */
  conversion: Conversion | null;
};
