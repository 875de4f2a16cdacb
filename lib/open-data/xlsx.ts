import { once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Lang } from "../i18n/config";
import { messages } from "../i18n/messages";
import type { Sheet, XlsxCell } from "./xlsx-sheets";

/** A source the rows cite, as the About sheet lists it. */
export type CitedSource = {
  id: string;
  title: string;
  titleVi: string;
  publisher: string | null;
  publishedOn: string | null;
  retrievedOn: string | null;
  url: string | null;
  authority: string | null;
};

/** What the About sheet says of a download: what it holds, from where, as of when. */
export type About = {
  lang: Lang;
  /** The download's own address, absolute: what a citation points to. */
  url: string;
  /** When it was downloaded (the access date of a citation). */
  now: Date;
  locality: { slug: string; name: string } | null;
  year: number | null;
  /** The other query parameters that narrow it, as given (`kind`, `status`, `page` …). */
  filters: [string, string][];
  rows: number;
  sources: CitedSource[];
};

const LICENCE = "CC BY 4.0 — https://creativecommons.org/licenses/by/4.0/";

const TEXT = {
  en: {
    about: "About",
    what: (table: string) =>
      `${table} of Chỉ tiêu: the targets Vietnamese localities set and the results they report, each figure with the sentence or web page it came from. The same data as the site's CSV and JSON downloads.`,
    labels: {
      title: "Title",
      what: "What it is",
      locality: "Locality",
      year: "Year",
      filters: "Filters",
      asOf: "Data as of",
      read: "Web sources read",
      rows: "Rows",
      url: "Downloaded from",
      accessed: "Accessed",
      licence: "Licence",
      cite: "How to cite",
    },
    allLocalities: "All localities",
    allYears: "All years",
    noFilters: "None",
    undated: "(no dated source)",
    cite: (year: number, title: string, url: string, date: string) =>
      `Chỉ tiêu (${year}). ${title}. ${url}. Accessed ${date}.`,
    sources: ["Source", "Title", "Publisher", "Published", "Read on", "Standing", "URL"],
  },
  vi: {
    about: "Giới thiệu",
    what: (table: string) =>
      `${table} của Chỉ tiêu: các chỉ tiêu địa phương Việt Nam đặt ra và kết quả họ báo cáo, mỗi số liệu kèm câu văn hoặc trang web nguồn. Cùng dữ liệu với các tệp CSV và JSON của trang.`,
    labels: {
      title: "Tiêu đề",
      what: "Nội dung",
      locality: "Địa phương",
      year: "Năm",
      filters: "Bộ lọc",
      asOf: "Dữ liệu tính đến",
      read: "Ngày đọc nguồn web",
      rows: "Số dòng",
      url: "Tải từ",
      accessed: "Ngày truy cập",
      licence: "Giấy phép",
      cite: "Cách trích dẫn",
    },
    allLocalities: "Tất cả địa phương",
    allYears: "Tất cả các năm",
    noFilters: "Không",
    undated: "(không có nguồn ghi ngày)",
    cite: (year: number, title: string, url: string, date: string) =>
      `Chỉ tiêu (${year}). ${title}. ${url}. Truy cập ${date}.`,
    sources: ["Nguồn", "Tiêu đề", "Đơn vị đăng", "Ngày đăng", "Ngày đọc", "Mức tin cậy", "Địa chỉ"],
  },
} as const;

/** The latest of some YYYY-MM-DD dates (they sort as text); null when none is given. */
const latest = (dates: (string | null)[]) =>
  dates
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1) ?? null;

/** The download's title: "Figures — Hải Hà, 2024" / "Số liệu — Hải Hà, năm 2024". */
export function workbookTitle(table: string, about: Pick<About, "lang" | "locality" | "year">) {
  const where = [
    about.locality?.name,
    about.year === null ? undefined : about.lang === "vi" ? `năm ${about.year}` : `${about.year}`,
  ].filter(Boolean);
  return where.length ? `${table} — ${where.join(", ")}` : table;
}

/** The About sheet's label/value rows, then its list of sources: pure, for the writer and tests. */
export function aboutRows(table: string, about: About): XlsxCell[][] {
  const t = TEXT[about.lang];
  const date = about.now.toISOString().slice(0, 10);
  const title = workbookTitle(table, about);
  const authorities = messages(about.lang).source.authorities;
  return [
    [t.labels.title, `Chỉ tiêu — ${title}`],
    [t.labels.what, t.what(table)],
    [
      t.labels.locality,
      about.locality ? `${about.locality.name} (${about.locality.slug})` : t.allLocalities,
    ],
    [t.labels.year, about.year ?? t.allYears],
    [t.labels.filters, about.filters.map(([k, v]) => `${k} = ${v}`).join("; ") || t.noFilters],
    [t.labels.asOf, latest(about.sources.map((s) => s.publishedOn)) ?? t.undated],
    [t.labels.read, latest(about.sources.map((s) => s.retrievedOn))],
    [t.labels.rows, about.rows],
    [t.labels.url, about.url],
    [t.labels.accessed, date],
    [t.labels.licence, LICENCE],
    [t.labels.cite, t.cite(about.now.getUTCFullYear(), title, about.url, date)],
    [],
    [...t.sources],
    ...about.sources.map((s) => [
      s.id,
      about.lang === "vi" ? s.titleVi || s.title : s.title,
      s.publisher,
      s.publishedOn,
      s.retrievedOn,
      s.authority === null ? null : (authorities[s.authority] ?? s.authority),
      s.url,
    ]),
  ];
}

/**
 * Writes a workbook to `out` as it goes: the About sheet ("Giới thiệu"), then the table, a batch
 * of rows at a time (exceljs's streaming writer), waiting for the reader when it falls behind, so
 * a whole country's figures never sit in memory at once. Cells are typed values, never formulas.
 */
export async function writeWorkbook<T>(
  out: Writable,
  about: About,
  sheet: Sheet<T>,
  batches: AsyncIterable<readonly T[]>,
): Promise<void> {
  const { lang } = about;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Chỉ tiêu";
  workbook.created = about.now;

  const info = workbook.addWorksheet(TEXT[lang].about);
  info.columns = [{ width: 22 }, { width: 90, style: { alignment: { wrapText: true } } }];
  const rows = aboutRows(sheet.name[lang], about);
  const sourcesHeader = rows.length - about.sources.length - 1;
  rows.forEach((cells, i) => {
    const row = info.addRow(cells);
    if (i === 0 || i === sourcesHeader) row.font = { bold: true };
    row.commit();
  });
  info.commit();

  const table = workbook.addWorksheet(sheet.name[lang], {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  table.columns = sheet.columns.map((c) => ({
    header: c.header[lang],
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  table.getRow(1).font = { bold: true };
  table.getRow(1).commit();
  for await (const batch of batches) {
    for (const item of batch) table.addRow(sheet.columns.map((c) => c.cell(item, lang))).commit();
    // The reader went away: stop reading (leaving the loop closes the batches' database reads).
    if (!(await caughtUp(out))) return;
  }
  table.commit();
  await workbook.commit();
}

/** Waits while the reader is behind; false once the stream is gone (the client went away). */
async function caughtUp(out: Writable): Promise<boolean> {
  if (out.destroyed) return false;
  if (!out.writableNeedDrain) return true;
  const done = new AbortController();
  try {
    await Promise.race([
      once(out, "drain", { signal: done.signal }),
      once(out, "close", { signal: done.signal }),
    ]);
  } finally {
    done.abort();
  }
  return !out.destroyed;
}
