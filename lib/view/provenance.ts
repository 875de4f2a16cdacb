/** Everything a reader needs to check one figure against its source. Plain, serialisable data. */
export type Provenance = {
  figureId: string;
  heading: string; // e.g. "Result · H1 2024 · more than 19,658 bn VND"
  quote: string;
  language: string; // the quote's language: th, ar, en, de
  gloss: string;
  note: string | null;
  /** The curator's reason for doubting the figure, in the reader's language; null when not doubted. */
  doubtful: string | null;
  /** Where on a web page the number stands; null for an article (its quote is the sentence). */
  location: string | null;
  sourceId: string;
  sourceTitle: string;
  /** An article's full text is on its source page, so the quote can be read in place there. */
  sourceType: "article" | "web";
};
