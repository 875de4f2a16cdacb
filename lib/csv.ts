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

/** A whole CSV document: header row, CRLF line ends (RFC 4180), trailing CRLF. */
export function toCsv<T extends Record<string, CsvCell>>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.map(csvCell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(","));
  return lines.join("\r\n") + "\r\n";
}
