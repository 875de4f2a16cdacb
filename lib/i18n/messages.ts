import type { Lang } from "./config";

const en = {
  siteName: "Chỉ tiêu",
  tagline: "Targets Vietnamese provinces and districts set, beside the results they report",
  skipToContent: "Skip to content",
  languageSwitch: "Tiếng Việt",
  languageSwitchLabel: "Xem bằng tiếng Việt",
  nav: { overview: "Overview", methodology: "Methodology", openData: "Open data" },
  overview: {
    title: "Localities",
    intro: "Every figure is curated by hand from news reports and kept with the sentence it came from.",
    province: "Province",
    district: "District",
    districtsOf: "Districts",
    figures: (n: number) => `${n} ${n === 1 ? "figure" : "figures"}`,
  },
  notFound: { title: "Page not found", body: "There is no page at this address.", back: "Back to the overview" },
  error: { title: "Something went wrong", body: "The page could not be shown. Please try again.", retry: "Try again" },
  loading: "Loading…",
  footer: "Figures curated from news reports. Open data: /api/figures (JSON) and /api/figures.csv.",
};

export type Messages = typeof en;

const vi: Messages = {
  siteName: "Chỉ tiêu",
  tagline: "Chỉ tiêu các tỉnh, huyện đặt ra, bên cạnh kết quả được báo cáo",
  skipToContent: "Bỏ qua, đến nội dung",
  languageSwitch: "English",
  languageSwitchLabel: "View in English",
  nav: { overview: "Tổng quan", methodology: "Phương pháp", openData: "Dữ liệu mở" },
  overview: {
    title: "Địa phương",
    intro: "Mỗi số liệu được chọn lọc thủ công từ báo chí và lưu kèm câu trích dẫn gốc.",
    province: "Tỉnh",
    district: "Huyện",
    districtsOf: "Các huyện",
    figures: (n: number) => `${n} số liệu`,
  },
  notFound: { title: "Không tìm thấy trang", body: "Không có trang nào ở địa chỉ này.", back: "Về trang tổng quan" },
  error: { title: "Đã xảy ra lỗi", body: "Không thể hiển thị trang. Vui lòng thử lại.", retry: "Thử lại" },
  loading: "Đang tải…",
  footer: "Số liệu chọn lọc từ báo chí. Dữ liệu mở: /api/figures (JSON) và /api/figures.csv.",
};

const MESSAGES: Record<Lang, Messages> = { en, vi };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}
