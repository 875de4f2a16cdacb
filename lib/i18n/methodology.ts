import type { Lang } from "./config";

export type RuleKey =
  | "pairing"
  | "exceeded"
  | "achieved"
  | "missed"
  | "lower"
  | "interim_flow"
  | "interim_rate"
  | "stated"
  | "numberless"
  | "disagreement"
  | "revisions"
  | "doubtful"
  | "no_result"
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
    key: "stated",
    title: "The source's own verdict",
    text: 'When no target figure is curated, the outcome the source states is the verdict: "% of plan" below 100 is missed, 100 achieved, above 100 exceeded; "% above plan" is exceeded; "exceeded", "achieved" and "not met" as worded. It is marked "as the source states". A target implied by it ("93.64% of plan") is marked derived and never shown as stated.',
  },
  {
    key: "numberless",
    title: "Outcomes stated without a number",
    text: 'A source may say "the growth target was not met" or list the targets achieved without giving the results. Each such statement is curated with its quote and counts as a stated verdict.',
  },
  {
    key: "disagreement",
    title: "When the source and the numbers disagree",
    text: "When a target and a result are both curated, the verdict is computed from them and stands; a different verdict stated by the source is shown beside it.",
  },
  {
    key: "revisions",
    title: "Several reports of one result",
    text: "Each report is kept. The verdict uses the best: a final figure over an estimate, a later report over an earlier one, a statistics office over the press. The others are listed as replaced or as disagreeing.",
  },
  {
    key: "doubtful",
    title: "Doubtful figures",
    text: "A figure the curator doubts (a garbled translation, an implausible size) carries a flag with the reason wherever it shows, and a verdict resting on it is marked.",
  },
  {
    key: "no_result",
    title: "No result in our sources",
    text: "A target for which none of our sources reports a result. It says nothing about whether the locality met it; the page gives the date of the latest source it holds.",
  },
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
    key: "stated",
    title: "Đánh giá của chính nguồn tin",
    text: 'Khi không có số liệu chỉ tiêu, kết quả do nguồn tin nêu là đánh giá: "% kế hoạch" dưới 100 là không đạt, bằng 100 là đạt, trên 100 là vượt; "vượt … % kế hoạch" là vượt; "vượt", "đạt", "không đạt" theo đúng lời. Trạng thái được ghi "theo nguồn tin". Chỉ tiêu suy ra từ đó ("đạt 93,64% kế hoạch") được đánh dấu là suy ra, không bao giờ hiển thị như chỉ tiêu được nêu.',
  },
  {
    key: "numberless",
    title: "Kết quả nêu không kèm số liệu",
    text: 'Nguồn tin có thể viết "chỉ tiêu tăng trưởng không đạt" hoặc liệt kê các chỉ tiêu đạt mà không nêu số. Mỗi nhận định như vậy được lưu cùng trích dẫn và tính là đánh giá của nguồn tin.',
  },
  {
    key: "disagreement",
    title: "Khi nguồn tin và số liệu khác nhau",
    text: "Khi có cả chỉ tiêu và kết quả, đánh giá được tính từ hai số đó và giữ nguyên; đánh giá khác do nguồn tin nêu được hiển thị bên cạnh.",
  },
  {
    key: "revisions",
    title: "Nhiều báo cáo về cùng một kết quả",
    text: "Mọi báo cáo đều được giữ. Đánh giá dùng số tốt nhất: số chính thức hơn số ước tính, báo cáo sau hơn báo cáo trước, cục thống kê hơn báo chí. Các số khác được liệt kê là đã được thay thế hoặc khác nhau.",
  },
  {
    key: "doubtful",
    title: "Số liệu đáng ngờ",
    text: "Số liệu mà người biên tập nghi ngờ (bản dịch sai, độ lớn bất thường) mang dấu cảnh báo kèm lý do ở mọi nơi nó xuất hiện, và đánh giá dựa trên nó cũng được đánh dấu.",
  },
  {
    key: "no_result",
    title: "Chưa có kết quả trong các nguồn",
    text: "Chỉ tiêu mà không nguồn nào của chúng tôi báo cáo kết quả. Điều này không nói địa phương có đạt hay không; trang ghi ngày của nguồn mới nhất.",
  },
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
