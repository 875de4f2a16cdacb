import { describe, expect, it } from "vitest";
import { otherLanguageHref } from "./language-href";

describe("otherLanguageHref", () => {
  it("keeps the view, written the short way links write it", () => {
    // What the [lang] layout sees for /en/localities/hai-ha?year=2024 (rewritten to the path).
    expect(otherLanguageHref("vi", ["localities", "hai-ha", "2024.all.all"])).toBe(
      "/vi/localities/hai-ha/2024",
    );
    expect(otherLanguageHref("vi", ["localities", "hai-ha", "2024.missed.all"])).toBe(
      "/vi/localities/hai-ha/2024.missed",
    );
    expect(otherLanguageHref("en", ["localities", "ninh-thuan", "latest.all.economy"])).toBe(
      "/en/localities/ninh-thuan/latest.all.economy",
    );
    expect(otherLanguageHref("en", ["localities", "bac-ai", "latest.all.all"])).toBe(
      "/en/localities/bac-ai",
    );
    expect(otherLanguageHref("vi", ["indicators", "budget-revenue", "latest"])).toBe(
      "/vi/indicators/budget-revenue",
    );
    expect(otherLanguageHref("vi", ["indicators", "budget-revenue", "2024.3"])).toBe(
      "/vi/indicators/budget-revenue/2024.3",
    );
  });

  it("takes the overview to the other language's root", () => {
    expect(otherLanguageHref("vi", ["years", "latest"])).toBe("/vi");
    expect(otherLanguageHref("vi", ["years", "2023"])).toBe("/vi/years/2023");
    expect(otherLanguageHref("en", ["years", "latest.2"])).toBe("/en/years/latest.2");
    expect(otherLanguageHref("en", [])).toBe("/en");
  });

  it("leaves other pages' segments as they are", () => {
    expect(otherLanguageHref("vi", ["methodology"])).toBe("/vi/methodology");
    expect(otherLanguageHref("en", ["sources", "003_a07391bbfb521831"])).toBe(
      "/en/sources/003_a07391bbfb521831",
    );
    expect(otherLanguageHref("vi", ["review", "2023.status-missed"])).toBe(
      "/vi/review/2023.status-missed",
    );
  });

  it("never carries a query string and encodes what a 404 path holds", () => {
    expect(otherLanguageHref("vi", ["a/b/c"])).toBe("/vi/a/b/c");
    expect(otherLanguageHref("vi", ["<script>", "?_rsc=abc"])).toBe(
      "/vi/%3Cscript%3E/%3F_rsc%3Dabc",
    );
    expect(otherLanguageHref("vi", ["//evil.example"])).toBe("/vi/evil.example");
  });
});
