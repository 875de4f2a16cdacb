import { openFigures } from "@/lib/data/open-figures";
import { jsonListRoute } from "@/lib/open-data/list-routes";

// A page of figures; ?page=all is the whole result, streamed a few localities at a time.
export const GET = jsonListRoute(openFigures);
