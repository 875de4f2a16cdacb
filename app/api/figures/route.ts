import { openFigures } from "@/lib/data/open-figures";
import { jsonListRoute } from "@/lib/open-data/list-routes";
import { openDataRoute } from "@/lib/open-data/responses";

// A page of figures; ?page=all is the whole result, streamed a few localities at a time.
export const GET = openDataRoute(jsonListRoute(openFigures));
// Nothing here writes: every other method gets 405 (lib/http/methods.ts).
export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/http/methods";
