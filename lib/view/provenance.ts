/** Everything a reader needs to check one figure against its source. Plain, serialisable data. */
export type Provenance = {
  figureId: string;
  heading: string; // e.g. "Result · H1 2024 · more than 19,658 bn VND"
  quote: string;
  language: string; // the quote's language: th, ar, en, de
  gloss: string;
  note: string | null;
  sourceId: string;
  sourceTitle: string;
};
