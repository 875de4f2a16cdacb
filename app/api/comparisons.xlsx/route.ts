import { openComparisons } from "@/lib/data/open-comparisons";
import { comparisonWorkbook } from "@/lib/data/open-workbook";
import { xlsxListRoute } from "@/lib/open-data/xlsx-route";
import { openDataRoute } from "@/lib/open-data/responses";

// The comparisons as an Excel workbook: an About sheet, then the rows, with the same parameters as
// /api/comparisons.csv plus `lang`. GET only: every other method gets 405 (lib/http/methods.ts).
export const GET = openDataRoute(xlsxListRoute(openComparisons, comparisonWorkbook));
export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/http/methods";
