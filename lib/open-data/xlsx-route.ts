import { PassThrough, Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { getNameCatalogue } from "../data/names";
import { getCitedSources } from "../data/open-workbook";
import { localityName } from "../i18n/names";
import { publicUrl } from "../site-url";
import { namedBatches, presentationOf, type List } from "./list-routes";
import type { Named } from "./names";
import { requestedExtent } from "./paging";
import { badRequest, xlsxResponse } from "./responses";
import { writeWorkbook, type About } from "./xlsx";
import type { Sheet } from "./xlsx-sheets";

type Row = { locality: string; indicator: string };

// Parameters the About sheet states on lines of their own; `bom` only concerns CSV.
const NOT_FILTERS = new Set(["locality", "year", "bom"]);

/**
 * The GET handler of a list as an Excel workbook (`/api/figures.xlsx`, `/api/comparisons.xlsx`):
 * the same parameters and rows as the CSV (the whole result, or one page with `page=N`), names in
 * `lang`. The About sheet comes first and names the sources the rows cite, so the rows are read
 * twice: once for their sources and count, once to write them, a batch at a time both times.
 */
export function xlsxListRoute<K extends string, T extends Row>(
  list: List<K, T>,
  xlsx: {
    sheet: Sheet<Named<T>>;
    /** The source ids a row cites. */
    sourcesOf: (row: T) => (string | null | undefined)[];
    /** Finishing touches needing more than a row holds (exact doubtful flags). */
    refine?: (rows: Named<T>[]) => Promise<Named<T>[]>;
    name: (params: URLSearchParams) => string;
  },
) {
  return async function GET(request: NextRequest): Promise<Response> {
    const asked = presentationOf(request.nextUrl.searchParams);
    if (!asked.ok) return badRequest(asked.error);
    const { lang } = asked.presentation;
    const { whole: all, params } = requestedExtent(asked.params, true);

    // The rows as batches: the whole result, or the one page asked for.
    const read = async () => {
      if (all) return list.whole(params);
      const page = await list.onePage(params);
      if (!page.ok) return page;
      const rows = page[list.key];
      return {
        ok: true as const,
        batches: (async function* () {
          yield rows;
        })(),
      };
    };
    const first = await read();
    if (!first.ok) return badRequest(first.error);

    const ids = new Set<string>();
    let count = 0;
    for await (const batch of first.batches) {
      count += batch.length;
      for (const row of batch) for (const id of xlsx.sourcesOf(row)) if (id) ids.add(id);
    }
    const [sources, catalogue] = await Promise.all([getCitedSources([...ids]), getNameCatalogue()]);
    const slug = params.get("locality");
    const place = slug === null ? undefined : catalogue.localities.get(slug);
    const about: About = {
      lang,
      // SITE_URL's origin, never the request's Host (lib/site-url.ts): a path when it is unset.
      url: publicUrl(`${request.nextUrl.pathname}${request.nextUrl.search}`),
      now: new Date(),
      locality: slug === null ? null : { slug, name: place ? localityName(place, lang) : slug },
      year: params.has("year") ? Number(params.get("year")) : null,
      filters: [...params].filter(([k]) => !NOT_FILTERS.has(k)),
      rows: count,
      sources,
    };

    const second = await read();
    if (!second.ok) return badRequest(second.error);
    const out = new PassThrough();
    const batches = namedBatches(second.batches, lang);
    const rows = xlsx.refine
      ? (async function* () {
          for await (const batch of batches) yield await xlsx.refine!(batch);
        })()
      : batches;
    // The writer ends `out` itself (exceljs pipes the zip into it); a failure half-way cuts the
    // download short rather than leaving the reader waiting.
    writeWorkbook(out, about, xlsx.sheet, rows).catch((error: unknown) => {
      console.error("xlsx download failed", error);
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return xlsxResponse(xlsx.name(params), Readable.toWeb(out) as ReadableStream<Uint8Array>);
  };
}
