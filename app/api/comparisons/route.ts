import { openComparisons } from "@/lib/data/open-comparisons";
import { jsonListRoute } from "@/lib/open-data/list-routes";

// A page of comparisons; ?page=all is the whole result, streamed a page of localities at a time.
export const GET = jsonListRoute(openComparisons);
