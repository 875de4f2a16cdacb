import { openComparisons } from "@/lib/data/open-comparisons";
import { flattenComparison, OPEN_COMPARISON_COLUMNS } from "@/lib/open-data/comparison-row";
import { downloadName } from "@/lib/open-data/file-name";
import { csvListRoute } from "@/lib/open-data/list-routes";
import { openDataRoute } from "@/lib/open-data/responses";

// A download is the whole result, streamed a page of localities at a time; ?page= gives one page.
export const GET = openDataRoute(
  csvListRoute(openComparisons, {
    columns: OPEN_COMPARISON_COLUMNS,
    toRow: flattenComparison,
    name: (params) =>
      downloadName(Object.fromEntries(params), "comparisons", "csv", { tagged: true }),
  }),
);
// Nothing here writes: every other method gets 405 (lib/http/methods.ts).
export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/http/methods";
