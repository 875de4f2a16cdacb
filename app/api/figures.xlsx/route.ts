import { openFigures } from "@/lib/data/open-figures";
import { figureWorkbook } from "@/lib/data/open-workbook";
import { xlsxListRoute } from "@/lib/open-data/xlsx-route";
import { openDataRoute } from "@/lib/open-data/responses";

// The figures as an Excel workbook: an About sheet (scope, sources, data-as-of date, licence, how
// to cite), then the rows, with the same parameters as /api/figures.csv plus `lang`. GET only:
// every other method gets 405, as on the other API routes (lib/http/methods.ts).
export const GET = openDataRoute(xlsxListRoute(openFigures, figureWorkbook));
export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/http/methods";
