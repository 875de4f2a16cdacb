import { openFigures } from "@/lib/data/open-figures";
import { figureWorkbook } from "@/lib/data/open-workbook";
import { xlsxListRoute } from "@/lib/open-data/xlsx-route";

// The figures as an Excel workbook: an About sheet (scope, sources, data-as-of date, licence, how
// to cite), then the rows, with the same parameters as /api/figures.csv plus `lang`. GET only:
// every other method gets 405, as on the other API routes.
export const GET = xlsxListRoute(openFigures, figureWorkbook);
