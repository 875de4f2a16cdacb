import { describe, expect, it } from "vitest";
import { foldDigits, numbersIn, statesNumber, writeNumber } from "./numbers";

describe("numbersIn", () => {
  it("reads German separators", () => {
    expect(numbersIn("Sektor II 23.803,2 Milliarden VND (66,1 %)", "de")).toEqual([23803.2, 66.1]);
    expect(numbersIn("mehr als 36.000 Milliarden", "de")).toEqual([36000]);
  });
  it("reads English-style separators in English, Thai and Arabic", () => {
    expect(numbersIn("nearly 3,400 billion VND, up 22.6%", "en")).toEqual([3400, 22.6]);
    expect(numbersIn("بـ 1,207 مليار دونج، أي ما يعادل 30.2%", "ar")).toEqual([1207, 30.2]);
    expect(numbersIn("ลดลง 3-3.5%", "th")).toEqual([3, 3.5]);
  });
  it("folds Thai and Arabic-Indic digits and separators", () => {
    expect(foldDigits("เขต ๗")).toBe("เขต 7");
    expect(numbersIn("٨٫٢٦٪", "ar")).toEqual([8.26]);
    expect(numbersIn("١٬٢٠٧", "ar")).toEqual([1207]);
  });
});

describe("statesNumber", () => {
  it("ignores trailing zeros and sign", () => {
    expect(statesNumber("อยู่ที่ 49.90%", 49.9, "th")).toBe(true);
    expect(statesNumber("ลดลง 4.44%", -4.44, "th")).toBe(true);
  });
  it("does not read a German thousands group as a decimal", () => {
    expect(statesNumber("36.000 Milliarden", 36, "de")).toBe(false);
    expect(statesNumber("36.000 Milliarden", 36000, "de")).toBe(true);
  });
});

describe("writeNumber", () => {
  it("writes per language", () => {
    expect(writeNumber(23803.2, "de")).toBe("23.803,2");
    expect(writeNumber(1207, "th")).toBe("1,207");
  });
});
