import { describe, expect, it } from "vitest";
import { isLang, negotiateLang } from "./config";

describe("negotiateLang", () => {
  it.each([
    [null, "vi"],
    ["en-US,en;q=0.9", "en"],
    ["vi-VN,vi;q=0.9,en;q=0.8", "vi"],
    ["fr-FR,en;q=0.5,vi;q=0.7", "vi"],
    ["de-DE", "vi"],
  ])("%s → %s", (header, lang) => {
    expect(negotiateLang(header)).toBe(lang);
  });
  it("knows its languages", () => {
    expect(isLang("en")).toBe(true);
    expect(isLang("fr")).toBe(false);
  });
});
