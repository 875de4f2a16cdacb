import { describe, expect, it } from "vitest";
import { parseViewSegment, parseYearSegment, viewSegment } from "./segments";

describe("view segments", () => {
  it("round-trips filters", () => {
    const seg = viewSegment({ year: "2024", status: "missed", category: null });
    expect(seg).toBe("2024.missed.all");
    expect(parseViewSegment(seg)).toEqual({ year: 2024, status: "missed", category: undefined });
    expect(parseViewSegment(viewSegment({}))).toEqual({ year: undefined, status: undefined, category: undefined });
  });
  it("rejects what names no view", () => {
    for (const bad of ["2024.missed", "abc.all.all", "2024.great.all", "2024.all.sports", "2024.all.all.x", "1899.all.all"])
      expect(parseViewSegment(bad)).toBeNull();
    // A value holding the separator cannot smuggle in another filter.
    expect(parseViewSegment(viewSegment({ year: "2024.missed", status: null, category: null }))).toBeNull();
    expect(parseYearSegment("2024")).toEqual({ ok: true, year: 2024 });
    expect(parseYearSegment("latest")).toEqual({ ok: true, year: undefined });
    expect(parseYearSegment("20x4")).toEqual({ ok: false });
  });
});
