import type { FigureInput } from "./schema";
import type { Language } from "../domain/enums";
import { statesNumber, writeNumber } from "./numbers";

export type FieldProblem = { path: string; message: string };

/**
 * The curation rules of seeds/SEED-FORMAT.md for one figure: its quote is a verbatim substring
 * of the article, and every number the figure claims is written in that quote the way the
 * article's language writes numbers.
 */
export function checkFigureAgainstArticle(
  figure: FigureInput,
  article: string,
  articleName: string,
  language: Language,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!article.includes(figure.quote)) {
    problems.push({ path: "quote", message: `is not a verbatim substring of ${articleName}` });
    return problems; // the number checks would only repeat the same fault
  }
  const scale = figure.statedScale ?? 1;
  const expectNumber = (path: string, n: number, scaled: boolean) => {
    const stated = scaled ? Math.abs(n) / scale : Math.abs(n);
    if (!statesNumber(figure.quote, stated, language)) {
      const how = scaled && scale !== 1 ? ` (${n} ÷ statedScale ${scale})` : "";
      problems.push({
        path,
        message: `the quote does not contain ${writeNumber(stated, language)}${how} as ${language} writes it`,
      });
    }
  };
  if (figure.statedAs !== undefined) {
    if (!figure.quote.includes(figure.statedAs))
      problems.push({
        path: "statedAs",
        message: `"${figure.statedAs}" does not appear in the quote`,
      });
  } else if (figure.comparator === "range") {
    if (figure.min !== undefined) expectNumber("min", figure.min, true);
    if (figure.max !== undefined) expectNumber("max", figure.max, true);
  } else if (typeof figure.value === "number") {
    expectNumber("value", figure.value, true);
  }
  if (figure.outOf !== undefined) expectNumber("outOf", figure.outOf, false);
  if (figure.outcome && "value" in figure.outcome)
    expectNumber("outcome.value", figure.outcome.value, false);
  return problems;
}
