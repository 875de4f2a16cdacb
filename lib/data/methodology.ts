import "server-only";
import { db } from "./db";
import { getIndicatorDetails, readComparisons } from "./comparisons";
import { methodologyExamples, whatIfExample } from "../view/methodology-examples";

// Up to this many figures the examples come from one read of every comparison. Beyond it (the
// national datasets) from the latest year's: every comparison in the country is ~800,000 figures,
// more than a gigabyte of heap and a minute for one render (a year at a time took 54 s too).
const WHOLE_READ_MAX_FIGURES = 200_000;

/**
 * The real comparison that illustrates each rule of the methodology page, and the real targets
 * its what-if examples use. Rendered once per process (the page is then cached).
 */
export async function getMethodologyExamples() {
  const indicators = await getIndicatorDetails();
  const whole = (await db.figure.count()) <= WHOLE_READ_MAX_FIGURES;
  const latest = whole
    ? undefined
    : (await db.figure.findFirst({ orderBy: { year: "desc" }, select: { year: true } }))?.year;
  const comparisons = await readComparisons(latest === undefined ? {} : { year: latest });
  const examples = methodologyExamples(comparisons, indicators);
  const higher = whatIfExample(comparisons, indicators, "higher");
  const lower = whatIfExample(comparisons, indicators, "lower");
  return { indicators, examples, whatIf: { higher, lower } };
}
