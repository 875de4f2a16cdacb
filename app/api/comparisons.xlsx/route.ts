import { openComparisons } from "@/lib/data/open-comparisons";
import { comparisonWorkbook } from "@/lib/data/open-workbook";
import { xlsxListRoute } from "@/lib/open-data/xlsx-route";

// The comparisons as an Excel workbook: an About sheet, then the rows, with the same parameters as
// /api/comparisons.csv plus `lang`. GET only: every other method gets 405.
export const GET = xlsxListRoute(openComparisons, comparisonWorkbook);
