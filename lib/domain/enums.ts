// Every enumeration of the data model lives here: the seed loader validates against these, the
// database holds only these values, and every layer imports the types from here.
// Languages a source is written in: the five articles' (th, ar, en, de) and the web reports'
// (Vietnamese pages and their machine-translated mirrors).
export const LANGUAGES = ["th", "ar", "en", "de", "vi", "fr", "hu"] as const;
export const SOURCE_TYPES = ["article", "web"] as const;
// How much a source is to be trusted, best first (../shared/leads/README.md): the verdict uses
// the figure from the higher authority when two reports of the same standing disagree.
export const AUTHORITIES = [
  "statistics_office",
  "government",
  "provincial_press",
  "national_press",
  "mirror",
  "aggregator",
] as const;
export const LEVELS = ["province", "district"] as const;
export const CATEGORIES = ["economy", "budget", "social", "environment", "governance"] as const;
// Units that count things (and so are never negative at the level), then the others.
export const COUNT_UNITS = [
  "people",
  "households",
  "visitors",
  "targets",
  "communes",
  "enterprises",
  "projects",
  "hectares",
  "tonnes",
  "documents",
  "count",
] as const;
export const UNITS = [
  "bn_vnd",
  "mn_vnd_per_person",
  "mn_usd",
  "usd_per_person",
  "percent",
  "pp",
  ...COUNT_UNITS,
] as const;
export const DIRECTIONS = ["higher", "lower", "neither"] as const;
export const ACCUMULATIONS = ["flow", "rate", "level"] as const;
export const KINDS = ["target", "actual"] as const;
export const COMPARATORS = ["eq", "approx", "gt", "gte", "lt", "lte", "range"] as const;
export const BASES = [
  "level",
  "yoy_pct",
  "pp_change",
  "abs_change",
  "share",
  "pct_of_plan",
] as const;
/** The outcomes a source can state in words; with "% of plan" and "% above plan" they make OutcomeType. */
export const STATED_WORDS = ["exceeded", "achieved", "missed"] as const;

export type Language = (typeof LANGUAGES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Authority = (typeof AUTHORITIES)[number];
export type Unit = (typeof UNITS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Accumulation = (typeof ACCUMULATIONS)[number];
export type Kind = (typeof KINDS)[number];
export type Comparator = (typeof COMPARATORS)[number];
export type Basis = (typeof BASES)[number];
export type OutcomeType = (typeof STATED_WORDS)[number] | "pct_of_plan" | "pct_above_plan";

export const STATUSES = [
  "exceeded",
  "achieved",
  "missed",
  "on_track",
  "behind",
  "no_result",
  "no_target",
] as const;
export type Status = (typeof STATUSES)[number];
