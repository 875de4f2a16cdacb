import { describe, expect, it } from "vitest";
import { bulletRows, type BulletComparison } from "./bullet-data";
import {
  bacAiPovertyPp,
  haiHaProduction,
  haiHaTrainedLabour10M,
  indicators,
  ninhThuanBudget,
  ninhThuanInvestmentH1,
  ninhThuanJobsH1,
  ninhThuanPovertyPp,
} from "./bullet-fixtures";
import { bulletText, partOnly } from "./bullet-text";
import type { Lang } from "@/lib/i18n/config";

const text = (c: BulletComparison, name: string, lang: Lang) => {
  const row = bulletRows([c], indicators, lang)[0];
  if (!row) throw new Error("no row");
  return bulletText(row, name, lang);
};

describe("bulletText", () => {
  it("Hải Hà 2024 total production value: more than 36,000 against more than 37,000, achieved", () => {
    expect(text(haiHaProduction, "Total production value", "en").alt).toBe(
      "Total production value: Target more than 36,000 bn VND · Result more than 37,000 bn VND · 102.8% of target · Achieved",
    );
  });

  it("Ninh Thuận 2024 budget revenue in Vietnamese: 4.950 against 4.000 tỷ đồng, 123,8%, Vượt", () => {
    const t = text(ninhThuanBudget, "Thu ngân sách nhà nước trên địa bàn", "vi");
    expect(t.target).toBe("Chỉ tiêu khoảng 4.000 tỷ đồng");
    expect(t.result).toBe("Kết quả 4.950 tỷ đồng");
    expect(t.share).toBe("123,8% chỉ tiêu");
    expect(t.verdict).toBe("Vượt");
  });

  it("an H1 result says it covers H1 only, with the share of the year elapsed", () => {
    const en = text(ninhThuanInvestmentH1, "Total social investment capital", "en");
    expect(en.result).toBe("Result 7,740 bn VND (H1 only)");
    expect(en.elapsed).toBe("Share of the year elapsed: 50%");
    expect(en.verdict).toBe("Behind");
    const vi = text(ninhThuanInvestmentH1, "Tổng vốn đầu tư toàn xã hội", "vi");
    expect(vi.result).toBe("Kết quả 7.740 tỷ đồng (chỉ 6 tháng đầu năm)");
  });

  it("a derived target is labelled derived; a stated verdict says so", () => {
    const t = text(ninhThuanJobsH1, "New jobs created", "en");
    expect(t.target).toBe("Target about 15,999.04 people (derived)");
    expect(t.verdict).toBe("Behind · as the source states");
  });

  it("a numberless stated outcome: no number, 10 months only, the verdict as the source states", () => {
    const t = text(haiHaTrainedLabour10M, "Tỷ lệ lao động qua đào tạo", "vi");
    expect(t.result).toBe("Kết quả: không nêu số liệu (chỉ 10 tháng)");
    expect(t.verdict).toBe("Đúng tiến độ · theo nguồn tin");
  });

  it("no result: the target alone, and no verdict", () => {
    const t = text(ninhThuanPovertyPp, "Tỷ lệ hộ nghèo (thay đổi theo điểm phần trăm)", "vi");
    expect(t.result).toBe("Chưa có kết quả trong các nguồn");
    expect(t.verdict).toBe("");
    expect(t.alt).toBe(
      "Tỷ lệ hộ nghèo (thay đổi theo điểm phần trăm) (càng thấp càng tốt): Chỉ tiêu −2 đến −1,5 điểm % · Chưa có kết quả trong các nguồn",
    );
  });

  it("marks a doubtful verdict and a lower-is-better row", () => {
    const t = text({ ...bacAiPovertyPp, doubtful: true }, "Poverty rate", "en");
    expect(t.verdict).toBe("Exceeded · ⚠ rests on a doubtful figure");
    expect(t.alt).toMatch(/^Poverty rate \(lower is better\): /);
  });
});

describe("partOnly", () => {
  it("names the part of the year a result covers", () => {
    expect(partOnly("2024-Q1", "en")).toBe("Q1 only");
    expect(partOnly("2024-Q1", "vi")).toBe("chỉ quý I");
    expect(partOnly("2024-10M", "en")).toBe("first 10 months only");
    expect(partOnly("2024-10M", "vi")).toBe("chỉ 10 tháng");
    expect(partOnly("2024", "vi")).toBeNull();
  });
});
