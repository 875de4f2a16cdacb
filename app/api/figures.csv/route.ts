import { openFigures } from "@/lib/data/open-figures";
import { flattenFigure, OPEN_FIGURE_COLUMNS } from "@/lib/open-data/figure-row";
import { downloadName } from "@/lib/open-data/file-name";
import { csvListRoute } from "@/lib/open-data/list-routes";

// A download is the whole result, streamed a few localities at a time; ?page= gives one page, as
// the JSON API does.
export const GET = csvListRoute(openFigures, {
  columns: OPEN_FIGURE_COLUMNS,
  toRow: flattenFigure,
  name: (params) => downloadName(Object.fromEntries(params), "figures", "csv"),
});
