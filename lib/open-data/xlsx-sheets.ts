import type { Lang } from "../i18n/config";
import { messages } from "../i18n/messages";
import type { OpenComparison } from "./comparison-row";
import type { OpenFigure } from "./figure-row";
import type { Named } from "./names";

export type XlsxCell = string | number | boolean | null;
type Text = Record<Lang, string>;
type Column<T> = {
  header: Text;
  width: number;
  cell: (row: T, lang: Lang) => XlsxCell;
  /** Excel number format, for numbers read as percentages or shares. */
  numFmt?: string;
};
/** One table of a workbook: its sheet's name, and its columns in order. */
export type Sheet<T> = { name: Text; columns: Column<T>[] };

const ids = (list: readonly string[]) => list.join(" ") || null;
const statusLabel = (s: string | null, lang: Lang) =>
  s === null ? null : ((messages(lang).status as Record<string, string>)[s] ?? s);

// Display names beside the slugs: a reader reads the name, a formula or a join uses the slug.
const place = <T extends Named<{ locality: string; indicator: string }>>(): Column<T>[] => [
  { header: { en: "Locality", vi: "Địa phương" }, width: 16, cell: (r) => r.localityName },
  { header: { en: "locality (slug)", vi: "địa phương (mã)" }, width: 14, cell: (r) => r.locality },
  { header: { en: "Indicator", vi: "Chỉ số" }, width: 36, cell: (r) => r.indicatorName },
  {
    header: { en: "indicator (slug)", vi: "chỉ số (mã)" },
    width: 24,
    cell: (r) => r.indicator,
  },
];

export const FIGURE_SHEET: Sheet<Named<OpenFigure>> = {
  name: { en: "Figures", vi: "Số liệu" },
  columns: [
    ...place<Named<OpenFigure>>(),
    { header: { en: "Period", vi: "Kỳ" }, width: 10, cell: (r) => r.period },
    {
      header: { en: "Kind", vi: "Loại" },
      width: 10,
      cell: (r, lang) => messages(lang).kind[r.kind as "target" | "actual"] ?? r.kind,
    },
    { header: { en: "Comparator", vi: "So sánh" }, width: 10, cell: (r) => r.comparator },
    { header: { en: "Value", vi: "Giá trị" }, width: 12, cell: (r) => r.value },
    { header: { en: "Min", vi: "Từ" }, width: 10, cell: (r) => r.min },
    { header: { en: "Max", vi: "Đến" }, width: 10, cell: (r) => r.max },
    { header: { en: "Unit", vi: "Đơn vị" }, width: 12, cell: (r) => r.unit },
    { header: { en: "Basis", vi: "Cơ sở" }, width: 12, cell: (r) => r.basis },
    { header: { en: "Out of", vi: "Trên tổng" }, width: 8, cell: (r) => r.outOf },
    { header: { en: "Stated outcome", vi: "Kết quả nêu" }, width: 14, cell: (r) => r.outcome },
    { header: { en: "Outcome value", vi: "Giá trị nêu" }, width: 10, cell: (r) => r.outcomeValue },
    { header: { en: "Estimated", vi: "Ước tính" }, width: 9, cell: (r) => r.estimated },
    {
      header: { en: "Doubtful: why", vi: "Đáng ngờ: lý do" },
      width: 40,
      cell: (r, lang) =>
        (lang === "vi" ? (r.flag?.reasonVi ?? r.flag?.reason) : r.flag?.reason) ?? null,
    },
    {
      header: { en: "Quote (as written)", vi: "Trích dẫn (nguyên văn)" },
      width: 60,
      cell: (r) => r.quote,
    },
    {
      header: { en: "Gloss", vi: "Diễn giải" },
      width: 60,
      cell: (r, lang) => (lang === "vi" ? r.glossVi || r.gloss : r.gloss),
    },
    {
      header: { en: "Curator note", vi: "Ghi chú biên tập" },
      width: 40,
      cell: (r, lang) => (lang === "vi" ? (r.noteVi ?? r.note) : r.note),
    },
    {
      header: { en: "Where on the page", vi: "Vị trí trên trang" },
      width: 24,
      cell: (r) => r.location,
    },
    { header: { en: "Source", vi: "Nguồn" }, width: 24, cell: (r) => r.source },
    { header: { en: "Source type", vi: "Loại nguồn" }, width: 10, cell: (r) => r.sourceType },
    { header: { en: "Source URL", vi: "Địa chỉ nguồn" }, width: 40, cell: (r) => r.sourceUrl },
    {
      header: { en: "Standing", vi: "Mức tin cậy" },
      width: 18,
      cell: (r, lang) =>
        r.authority === null
          ? null
          : (messages(lang).source.authorities[r.authority] ?? r.authority),
    },
    {
      header: { en: "Superseded by", vi: "Được thay bằng" },
      width: 18,
      cell: (r) => ids(r.supersededBy),
    },
    {
      header: { en: "Disagrees with", vi: "Khác với" },
      width: 18,
      cell: (r) => ids(r.disagreesWith),
    },
    { header: { en: "Figure id", vi: "Mã số liệu" }, width: 18, cell: (r) => r.id },
  ],
};

export const COMPARISON_SHEET: Sheet<Named<OpenComparison>> = {
  name: { en: "Comparisons", vi: "So sánh" },
  columns: [
    ...place<Named<OpenComparison>>(),
    { header: { en: "Year", vi: "Năm" }, width: 7, cell: (r) => r.year },
    { header: { en: "Basis", vi: "Cơ sở" }, width: 12, cell: (r) => r.basis },
    {
      header: { en: "Status", vi: "Trạng thái" },
      width: 16,
      cell: (r, lang) => statusLabel(r.status, lang),
    },
    { header: { en: "status (code)", vi: "trạng thái (mã)" }, width: 12, cell: (r) => r.status },
    {
      header: { en: "Verdict basis", vi: "Căn cứ kết luận" },
      width: 30,
      cell: (r, lang) => (r.verdictBasis === null ? null : messages(lang).verdict[r.verdictBasis]),
    },
    {
      header: { en: "The source says", vi: "Nguồn tin nói" },
      width: 14,
      cell: (r, lang) => statusLabel(r.disagreement, lang),
    },
    {
      header: { en: "% of target", vi: "% chỉ tiêu" },
      width: 11,
      cell: (r) => r.percentOfTarget,
      numFmt: "0.00",
    },
    { header: { en: "Interim", vi: "Tạm tính" }, width: 8, cell: (r) => r.interim },
    {
      header: { en: "Share of year", vi: "Phần năm đã qua" },
      width: 10,
      cell: (r) => r.elapsed,
      numFmt: "0%",
    },
    {
      header: { en: "Target comparator", vi: "So sánh (chỉ tiêu)" },
      width: 10,
      cell: (r) => r.target?.comparator ?? null,
    },
    {
      header: { en: "Target value", vi: "Giá trị chỉ tiêu" },
      width: 12,
      cell: (r) => r.target?.value ?? null,
    },
    {
      header: { en: "Target min", vi: "Chỉ tiêu từ" },
      width: 10,
      cell: (r) => r.target?.min ?? null,
    },
    {
      header: { en: "Target max", vi: "Chỉ tiêu đến" },
      width: 10,
      cell: (r) => r.target?.max ?? null,
    },
    {
      header: { en: "Target unit", vi: "Đơn vị chỉ tiêu" },
      width: 12,
      cell: (r) => r.target?.unit ?? null,
    },
    {
      header: { en: "Target derived", vi: "Chỉ tiêu suy ra" },
      width: 9,
      cell: (r) => r.target?.derived ?? null,
    },
    {
      header: { en: "Target period", vi: "Kỳ chỉ tiêu" },
      width: 10,
      cell: (r) => r.target?.period ?? null,
    },
    {
      header: { en: "Target source", vi: "Nguồn chỉ tiêu" },
      width: 24,
      cell: (r) => r.target?.source ?? null,
    },
    {
      header: { en: "Result period", vi: "Kỳ kết quả" },
      width: 10,
      cell: (r) => r.actual?.period ?? null,
    },
    {
      header: { en: "Result comparator", vi: "So sánh (kết quả)" },
      width: 10,
      cell: (r) => r.actual?.comparator ?? null,
    },
    {
      header: { en: "Result value", vi: "Giá trị kết quả" },
      width: 12,
      cell: (r) => r.actual?.value ?? null,
    },
    {
      header: { en: "Result unit", vi: "Đơn vị kết quả" },
      width: 12,
      cell: (r) => r.actual?.unit ?? null,
    },
    {
      header: { en: "Result source", vi: "Nguồn kết quả" },
      width: 24,
      cell: (r) => r.actual?.source ?? null,
    },
    {
      header: { en: "Stated outcome", vi: "Kết quả nêu" },
      width: 14,
      cell: (r) => r.actual?.reported?.type ?? null,
    },
    {
      header: { en: "Outcome value", vi: "Giá trị nêu" },
      width: 10,
      cell: (r) => r.actual?.reported?.value ?? null,
    },
    { header: { en: "Doubtful", vi: "Đáng ngờ" }, width: 9, cell: (r) => r.doubtful },
    {
      header: { en: "Doubtful figures", vi: "Số liệu đáng ngờ" },
      width: 18,
      cell: (r) => ids(r.flags),
    },
    {
      header: { en: "Other reports", vi: "Báo cáo khác" },
      width: 30,
      cell: (r, lang) =>
        r.others.map((o) => `${o.figureId}: ${messages(lang).verdict[o.relation]}`).join("; ") ||
        null,
    },
    {
      header: { en: "Target id", vi: "Mã chỉ tiêu" },
      width: 18,
      cell: (r) => r.target?.figureId ?? null,
    },
    {
      header: { en: "Result id", vi: "Mã kết quả" },
      width: 18,
      cell: (r) => r.actual?.figureId ?? null,
    },
  ],
};
