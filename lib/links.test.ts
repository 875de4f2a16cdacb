import { describe, expect, it } from "vitest";
import { indicatorHref, inLang, localityHref, overviewHref } from "./links";
import { parseViewSegment } from "./view/segments";

describe("view links", () => {
  it("puts filters in the path, dropping trailing defaults", () => {
    expect(localityHref("en", "hai-ha")).toBe("/en/localities/hai-ha");
    expect(localityHref("en", "hai-ha", { year: 2024 })).toBe("/en/localities/hai-ha/2024");
    expect(localityHref("en", "hai-ha", { year: 2024, status: "missed" })).toBe(
      "/en/localities/hai-ha/2024.missed",
    );
    expect(localityHref("vi", "hai-ha", { category: "economy", year: 2024, status: "" })).toBe(
      "/vi/localities/hai-ha/2024.all.economy",
    );
    expect(localityHref("en", "hai-ha", { status: "missed" })).toBe(
      "/en/localities/hai-ha/latest.missed",
    );
    expect(overviewHref("vi")).toBe("/vi");
    expect(overviewHref("en", 2023)).toBe("/en/years/2023");
    expect(overviewHref("en", 2023, 2)).toBe("/en/years/2023.2");
    expect(overviewHref("vi", undefined, 3)).toBe("/vi/years/latest.3");
    expect(indicatorHref("en", "grdp-growth", 2024)).toBe("/en/indicators/grdp-growth/2024");
    expect(indicatorHref("en", "grdp-growth")).toBe("/en/indicators/grdp-growth");
    expect(indicatorHref("vi", "grdp-growth", 2024, 3)).toBe("/vi/indicators/grdp-growth/2024.3");
    expect(indicatorHref("vi", "grdp-growth", undefined, 2)).toBe(
      "/vi/indicators/grdp-growth/latest.2",
    );
    expect(indicatorHref("vi", "grdp-growth", 2024, 1)).toBe("/vi/indicators/grdp-growth/2024");
  });
  it("makes segments that parse back to the same view", () => {
    const seg = localityHref("en", "x", { year: 2024, category: "social" }).split("/").pop() ?? "";
    expect(parseViewSegment(seg)).toEqual({ year: 2024, status: undefined, category: "social" });
  });
  it("switches language keeping the path", () => {
    expect(inLang("/en/localities/hai-ha/2024.missed", "vi")).toBe(
      "/vi/localities/hai-ha/2024.missed",
    );
    expect(inLang("/en", "vi")).toBe("/vi");
    expect(inLang("/envelope", "vi")).toBe("/envelope");
  });
});
