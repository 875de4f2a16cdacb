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
  if (figure.quote === undefined)
    return [{ path: "quote", message: "an article figure needs its quote" }];
  for (const key of ["asWritten", "outcomeAsWritten", "location"] as const)
    if (figure[key] !== undefined)
      problems.push({
        path: key,
        message: "is for web sources; an article figure quotes its sentence",
      });
  if (!article.includes(figure.quote)) {
    problems.push({ path: "quote", message: `is not a verbatim substring of ${articleName}` });
    return problems; // the number checks would only repeat the same fault
  }
  return [...problems, ...checkNumbers(figure, figure.quote, "the quote", language)];
}

/**
 * A web figure keeps no sentence of the page (its text is not ours to copy): only the number as
 * the page writes it, which must read as the figure's value in the page's language, and where on
 * the page it stands.
 */
export function checkWebFigure(figure: FigureInput, language: Language): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (figure.quote !== undefined)
    problems.push({
      path: "quote",
      message: "a web figure keeps the number as written, not a quote",
    });
  if (figure.location === undefined)
    problems.push({ path: "location", message: "a web figure says where on the page it stands" });
  if (figure.asWritten === undefined)
    return [
      ...problems,
      { path: "asWritten", message: "a web figure keeps the number as the page writes it" },
    ];
  const main = { ...figure, outcome: undefined };
  problems.push(...checkNumbers(main, figure.asWritten, "asWritten", language));
  if (figure.outcome && "value" in figure.outcome) {
    const text = figure.outcomeAsWritten;
    if (text === undefined)
      problems.push({
        path: "outcomeAsWritten",
        message: "an outcome value needs its number as written",
      });
    else if (!statesNumber(text, figure.outcome.value, language))
      problems.push({
        path: "outcome.value",
        message: `outcomeAsWritten does not contain ${writeNumber(figure.outcome.value, language)} as ${language} writes it`,
      });
  }
  return problems;
}

function checkNumbers(
  figure: FigureInput,
  text: string,
  what: string,
  language: Language,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const scale = figure.statedScale ?? 1;
  const expectNumber = (path: string, n: number, scaled: boolean) => {
    const stated = scaled ? Math.abs(n) / scale : Math.abs(n);
    if (!statesNumber(text, stated, language)) {
      const how = scaled && scale !== 1 ? ` (${n} ÷ statedScale ${scale})` : "";
      problems.push({
        path,
        message: `${what} does not contain ${writeNumber(stated, language)}${how} as ${language} writes it`,
      });
    }
  };
  if (figure.statedAs !== undefined) {
    if (!text.includes(figure.statedAs))
      problems.push({
        path: "statedAs",
        message: `"${figure.statedAs}" does not appear in ${what}`,
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
