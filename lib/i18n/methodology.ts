import type { Lang } from "./config";

export type RuleKey =
  | "pairing"
  | "exceeded"
  | "achieved"
  | "missed"
  | "lower"
  | "interim_flow"
  | "interim_rate"
  | "as_reported"
  | "pending"
  | "no_target"
  | "scorecard";

export type Rule = { key: RuleKey; title: string; text: string };

const en: Rule[] = [
  {
    key: "pairing",
    title: "Which figures are compared",
    text: "A target for a year is compared with the latest result reported for that year, for the same locality, indicator and basis, whichever article each comes from. A growth-rate target is compared with the base indicator's change on a year earlier.",
  },
  {
    key: "exceeded",
    title: "Exceeded",
    text: "A full-year result better than the whole target: above the top of a range, or past a single value, for indicators where higher is better. Progress is never capped at 100%.",
  },
  {
    key: "achieved",
    title: "Achieved",
    text: 'A full-year result that meets the target: inside a range including its ends, exactly on a single value, or past an open target such as "more than 36,000".',
  },
  { key: "missed", title: "Missed", text: "A full-year result worse than the target." },
  {
    key: "lower",
    title: "Lower is better",
    text: "For indicators such as the poverty rate, lower is better, and every rule above flips: under the target is exceeded. Charts flip their axis so that better always points up.",
  },
  {
    key: "interim_flow",
    title: "Interim: on track or behind (flows)",
    text: "A result for part of the year (Q1, H1, first nine months) gets an interim status, never a final one. For flows that add up over the year, such as revenue, the result as a share of the target is set against the share of the year elapsed: 25% after Q1, 50% after H1, 75% after nine months.",
  },
  {
    key: "interim_rate",
    title: "Interim: on track or behind (rates)",
    text: "For rates such as growth, the year-to-date rate is compared with the target itself.",
  },
  {
    key: "as_reported",
    title: "As reported",
    text: 'When the source states only the outcome ("exceeded the target", "93.64% of plan") and no target, its word is shown as the status. A target implied by it is marked derived and never shown as stated.',
  },
  { key: "pending", title: "Pending", text: "A target with no result reported yet." },
  { key: "no_target", title: "No target", text: "A result with no target to compare it with." },
  {
    key: "scorecard",
    title: "Scorecards",
    text: 'Each locality\'s scorecard counts its comparisons by status. Scorecards an article gives itself ("7 of 9 targets met") are curated as figures and shown beside the computed one.',
  },
];

const vi: Rule[] = [
  {
    key: "pairing",
    title: "So sánh những số liệu nào",
    text: "Chỉ tiêu của một năm được so với kết quả mới nhất được báo cáo cho năm đó, cùng địa phương, chỉ số và cách tính, dù mỗi số liệu lấy từ bài báo nào. Chỉ tiêu tốc độ tăng được so với mức tăng so với cùng kỳ của chỉ số gốc.",
  },
  {
    key: "exceeded",
    title: "Vượt",
    text: "Kết quả cả năm tốt hơn toàn bộ chỉ tiêu: cao hơn cận trên của khoảng, hoặc vượt qua giá trị đơn lẻ, với chỉ số càng cao càng tốt. Tiến độ không bao giờ bị giới hạn ở 100%.",
  },
  {
    key: "achieved",
    title: "Đạt",
    text: 'Kết quả cả năm đáp ứng chỉ tiêu: nằm trong khoảng kể cả hai đầu, đúng bằng giá trị đơn lẻ, hoặc vượt qua chỉ tiêu mở như "hơn 36.000".',
  },
  { key: "missed", title: "Không đạt", text: "Kết quả cả năm kém hơn chỉ tiêu." },
  {
    key: "lower",
    title: "Càng thấp càng tốt",
    text: "Với chỉ số như tỷ lệ hộ nghèo, càng thấp càng tốt và mọi quy tắc trên đảo chiều: thấp hơn chỉ tiêu là vượt. Biểu đồ đảo trục để tốt hơn luôn hướng lên.",
  },
  {
    key: "interim_flow",
    title: "Tạm tính: đúng hay chậm tiến độ (chỉ số cộng dồn)",
    text: "Kết quả một phần năm (quý I, 6 tháng, 9 tháng) chỉ có trạng thái tạm tính, không bao giờ là trạng thái cuối cùng. Với chỉ số cộng dồn trong năm như thu ngân sách, tỷ lệ kết quả so với chỉ tiêu được so với phần năm đã qua: 25% sau quý I, 50% sau 6 tháng, 75% sau 9 tháng.",
  },
  {
    key: "interim_rate",
    title: "Tạm tính: đúng hay chậm tiến độ (tốc độ)",
    text: "Với các tốc độ như tăng trưởng, tốc độ từ đầu năm được so trực tiếp với chỉ tiêu.",
  },
  {
    key: "as_reported",
    title: "Theo báo cáo",
    text: 'Khi nguồn tin chỉ nêu kết quả ("vượt chỉ tiêu", "đạt 93,64% kế hoạch") mà không nêu chỉ tiêu, trạng thái theo lời nguồn tin. Chỉ tiêu suy ra từ đó được đánh dấu là suy ra, không bao giờ hiển thị như chỉ tiêu được nêu.',
  },
  { key: "pending", title: "Đang chờ", text: "Chỉ tiêu chưa có kết quả được báo cáo." },
  { key: "no_target", title: "Không có chỉ tiêu", text: "Kết quả không có chỉ tiêu để so sánh." },
  {
    key: "scorecard",
    title: "Tổng kết",
    text: 'Tổng kết của mỗi địa phương đếm các so sánh theo trạng thái. Tổng kết do chính bài báo đưa ra ("7/9 chỉ tiêu đạt") được lưu như số liệu và hiển thị bên cạnh tổng kết tính toán.',
  },
];

export function methodologyRules(lang: Lang): Rule[] {
  return lang === "vi" ? vi : en;
}

export const NO_EXAMPLE: Record<Lang, string> = {
  en: "The curated data has no example of this yet.",
  vi: "Dữ liệu hiện chưa có ví dụ cho trường hợp này.",
};
export const WHAT_IF: Record<
  Lang,
  { label: string; line: (target: string, result: string, status: string) => string }
> = {
  en: {
    label: "Worked example on a real target, with hypothetical results",
    line: (target, result, status) =>
      `Against the target ${target}, a full-year result of ${result} would be ${status}.`,
  },
  vi: {
    label: "Ví dụ trên một chỉ tiêu thật, với kết quả giả định",
    line: (target, result, status) =>
      `So với chỉ tiêu ${target}, kết quả cả năm ${result} sẽ được xếp là ${status}.`,
  },
};

export const EXAMPLE_LABEL: Record<Lang, string> = {
  en: "Example from the data",
  vi: "Ví dụ từ dữ liệu",
};
