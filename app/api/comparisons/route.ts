import { openComparisons } from "@/lib/data/open-comparisons";
import { jsonListRoute } from "@/lib/open-data/list-routes";
import { openDataRoute } from "@/lib/open-data/responses";

// A page of comparisons; ?page=all is the whole result, streamed a page of localities at a time.
export const GET = openDataRoute(jsonListRoute(openComparisons));
// Nothing here writes: every other method gets 405 (lib/http/methods.ts).
export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/http/methods";
