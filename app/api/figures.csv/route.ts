import { openFigures } from "@/lib/data/open-figures";
import { flattenFigure, OPEN_FIGURE_COLUMNS } from "@/lib/open-data/figure-row";
import { downloadName } from "@/lib/open-data/file-name";
import { csvListRoute } from "@/lib/open-data/list-routes";
import { openDataRoute } from "@/lib/open-data/responses";

// A download is the whole result, streamed a few localities at a time; ?page= gives one page, as
// the JSON API does.
export const GET = openDataRoute(
  csvListRoute(openFigures, {
    columns: OPEN_FIGURE_COLUMNS,
    toRow: flattenFigure,
    name: (params) => downloadName(Object.fromEntries(params), "figures", "csv"),
  }),
);
// Nothing here writes: every other method gets 405 (lib/http/methods.ts).
export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/http/methods";
