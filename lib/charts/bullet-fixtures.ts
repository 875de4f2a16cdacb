import type { BulletComparison, BulletIndicator } from "./bullet-data";

// For the bullet chart's tests: comparisons as the status engine builds them from the curated
// figures (data/test.db, 2024), copied field by field, and their indicators as the catalog has them.
const base = {
  year: 2024,
  basis: "level",
  interim: false,
  elapsed: null,
  disagreement: null,
  doubtful: false,
} as const;
export const target = (t: Partial<NonNullable<BulletComparison["target"]>>) => ({
  figureId: "t",
  source: "s",
  period: "2024",
  comparator: "eq" as const,
  value: null,
  min: null,
  max: null,
  unit: "bn_vnd",
  derived: false,
  ...t,
});
const actual = (a: Partial<NonNullable<BulletComparison["actual"]>>) => ({
  figureId: "a",
  source: "s",
  period: "2024",
  comparator: "eq" as const,
  value: null,
  unit: "bn_vnd",
  reported: null,
  estimated: false,
  doubtful: false,
  ...a,
});

export const haiHaProduction: BulletComparison = {
  ...base,
  locality: "hai-ha",
  indicator: "total-production-value",
  target: target({ comparator: "gt", value: 36000 }),
  actual: actual({ comparator: "gt", value: 37000 }),
  status: "achieved",
  progress: 102.78,
  verdictBasis: "computed",
};
export const ninhThuanBudget: BulletComparison = {
  ...base,
  locality: "ninh-thuan",
  indicator: "budget-revenue",
  target: target({ comparator: "approx", value: 4000 }),
  actual: actual({ value: 4950, reported: { type: "pct_above_plan", value: 23.7 } }),
  status: "exceeded",
  progress: 123.75,
  verdictBasis: "computed",
};
export const ninhThuanInvestmentH1: BulletComparison = {
  ...base,
  locality: "ninh-thuan",
  indicator: "social-investment",
  target: target({ comparator: "approx", value: 22900 }),
  actual: actual({
    period: "2024-H1",
    value: 7740,
    reported: { type: "pct_of_plan", value: 33.8 },
  }),
  interim: true,
  elapsed: 0.5,
  status: "behind",
  progress: 33.8,
  verdictBasis: "computed",
};
export const ninhThuanJobsH1: BulletComparison = {
  ...base,
  locality: "ninh-thuan",
  indicator: "new-jobs",
  target: target({
    figureId: null,
    comparator: "approx",
    value: 15999.04,
    unit: "people",
    derived: true,
  }),
  actual: actual({
    period: "2024-H1",
    value: 10025,
    unit: "people",
    reported: { type: "pct_of_plan", value: 62.66 },
  }),
  interim: true,
  elapsed: 0.5,
  status: "behind",
  progress: 62.66,
  verdictBasis: "stated",
};
export const ninhThuanGrowth: BulletComparison = {
  ...base,
  locality: "ninh-thuan",
  indicator: "grdp-growth",
  target: target({ comparator: "range", min: 11, max: 12, unit: "percent" }),
  actual: actual({ value: 8.74, unit: "percent" }),
  status: "missed",
  progress: 79.45,
  verdictBasis: "computed",
};
export const ninhThuanPovertyPp: BulletComparison = {
  ...base,
  locality: "ninh-thuan",
  indicator: "poverty-rate",
  basis: "pp_change",
  target: target({ comparator: "range", min: -2, max: -1.5, unit: "pp" }),
  actual: null,
  status: "no_result",
  progress: null,
  verdictBasis: null,
};
export const bacAiPovertyPp: BulletComparison = {
  ...base,
  locality: "bac-ai",
  indicator: "poverty-rate",
  basis: "pp_change",
  target: target({ comparator: "lte", value: -4, unit: "pp" }),
  actual: actual({ value: -7.71, unit: "pp", estimated: true }),
  status: "exceeded",
  progress: null,
  verdictBasis: "computed",
};
export const haiHaTrainedLabour10M: BulletComparison = {
  ...base,
  locality: "hai-ha",
  indicator: "trained-labour-rate",
  target: target({ value: 86, unit: "percent" }),
  actual: actual({
    period: "2024-10M",
    unit: "percent",
    reported: { type: "achieved", value: null },
  }),
  interim: true,
  elapsed: 10 / 12,
  status: "on_track",
  progress: null,
  verdictBasis: "stated",
};
export const ninhThuanGrdpQ1NoTarget: BulletComparison = {
  ...base,
  locality: "ninh-thuan",
  indicator: "grdp",
  target: null,
  actual: actual({ period: "2024-Q1", comparator: "gt", value: 5800 }),
  interim: true,
  elapsed: 0.25,
  status: "no_target",
  progress: null,
  verdictBasis: null,
};

const ind = (
  slug: string,
  category: string,
  nameEn: string,
  nameVi: string,
  direction: BulletIndicator["direction"] = "higher",
  accumulation: BulletIndicator["accumulation"] = "flow",
): BulletIndicator => ({ slug, category, nameEn, nameVi, direction, accumulation });
export const indicators: BulletIndicator[] = [
  ind("total-production-value", "economy", "Total production value", "Tổng giá trị sản xuất"),
  ind("budget-revenue", "budget", "State budget revenue", "Thu ngân sách nhà nước trên địa bàn"),
  ind(
    "social-investment",
    "economy",
    "Total social investment capital",
    "Tổng vốn đầu tư toàn xã hội",
  ),
  ind("new-jobs", "social", "New jobs created", "Số lao động được giải quyết việc làm mới"),
  ind("grdp-growth", "economy", "GRDP growth rate", "Tốc độ tăng trưởng GRDP", "higher", "rate"),
  ind(
    "poverty-rate",
    "social",
    "Poverty rate (share of households)",
    "Tỷ lệ hộ nghèo",
    "lower",
    "level",
  ),
  ind(
    "trained-labour-rate",
    "social",
    "Share of workers with training",
    "Tỷ lệ lao động qua đào tạo",
    "higher",
    "level",
  ),
  ind(
    "grdp",
    "economy",
    "GRDP (gross regional domestic product)",
    "Tổng sản phẩm trên địa bàn (GRDP)",
  ),
];
