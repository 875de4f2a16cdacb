import { getOpenFigureBatches, getOpenFigures } from "@/lib/data/open-figures";
import { jsonListRoute } from "@/lib/open-data/json-route";

// A page of figures; ?page=all is the whole result, streamed a few localities at a time.
export const GET = jsonListRoute("figures", getOpenFigures, getOpenFigureBatches);
