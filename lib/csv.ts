export type CsvCell = string | number | boolean | null | undefined;

// Text that a spreadsheet would run as a formula (CWE-1236) gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell per RFC 4180: numbers stay numbers, text is quoted when it must be. */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV lines, each ending in CRLF (RFC 4180). */
function csvLines<T extends Record<string, CsvCell>>(
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
): string {
  let out = "";
  for (const row of rows) out += columns.map((c) => csvCell(row[c])).join(",") + "\r\n";
  return out;
}

/** Options of a CSV document. */
export type CsvOptions = {
  /**
   * Start with a UTF-8 byte-order mark: Excel on Windows reads a file without one in the system's
   * code page, and shows "Hải Hà" as "Háº£i HÃ ".
   */
  bom?: boolean;
};

const BOM = "\uFEFF";

/** The header row, after the byte-order mark when asked for. */
const headerLine = (columns: readonly string[], { bom = false }: CsvOptions) =>
  (bom ? BOM : "") + columns.map(csvCell).join(",") + "\r\n";

/** A whole CSV document: header row, CRLF line ends (RFC 4180), trailing CRLF. */
export function toCsv<T extends Record<string, CsvCell>>(
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
  options: CsvOptions = {},
): string {
  return headerLine(columns, options) + csvLines(columns, rows);
}

/**
 * A CSV document written batch by batch as the reader takes it: a whole country's figures are
 * sent without ever being held in memory at once.
 */
export function csvStream<T extends Record<string, CsvCell>>(
  columns: readonly (keyof T & string)[],
  batches: AsyncIterable<readonly T[]>,
  options: CsvOptions = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        // The byte-order mark, when asked for, is the first bytes of the stream (EF BB BF).
        controller.enqueue(encoder.encode(headerLine(columns, options)));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvLines(columns, next.value)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
