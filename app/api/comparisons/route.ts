import { getOpenComparisonBatches, getOpenComparisons } from "@/lib/data/open-comparisons";
import { jsonListRoute } from "@/lib/open-data/json-route";

// A page of comparisons; ?page=all is the whole result, streamed a page of localities at a time.
export const GET = jsonListRoute("comparisons", getOpenComparisons, getOpenComparisonBatches);
