import { describe, expect, it } from "vitest";
import { viewSegment } from "../links";
import { parseViewSegment, parseYearPage } from "./segments";

describe("view segments", () => {
  it("round-trips filters in the shortest form", () => {
    const seg = viewSegment({ year: "2024", status: "missed", category: null });
    expect(seg).toBe("2024.missed");
    expect(parseViewSegment(seg)).toEqual({ year: 2024, status: "missed", category: undefined });
    expect(viewSegment({})).toBe("latest");
    expect(parseViewSegment(viewSegment({}))).toEqual({
      year: undefined,
      status: undefined,
      category: undefined,
    });
    expect(viewSegment({ category: "budget" })).toBe("latest.all.budget");
  });
  it("reads the full form that rewritten query-string links use", () => {
    expect(parseViewSegment("2024.missed.all")).toEqual({
      year: 2024,
      status: "missed",
      category: undefined,
    });
    expect(parseViewSegment("latest.all.all")).toEqual({
      year: undefined,
      status: undefined,
      category: undefined,
    });
  });
  it("rejects what names no view", () => {
    for (const bad of [
      "",
      "abc",
      "abc.all.all",
      "2024.great",
      "2024.all.sports",
      "2024.all.all.x",
      "1899",
      "2024..",
      "2024.all.",
    ])
      expect(parseViewSegment(bad)).toBeNull();
    // A value holding the separator cannot smuggle in another filter.
    expect(
      parseViewSegment(viewSegment({ year: "2024.missed.all.x", status: null, category: null })),
    ).toBeNull();
    expect(parseYearPage("20x4")).toBeNull();
  });
  it("reads a paged view's year and page", () => {
    expect(parseYearPage("2024")).toEqual({ year: 2024, page: 1 });
    expect(parseYearPage("2024.3")).toEqual({ year: 2024, page: 3 });
    expect(parseYearPage("latest.2")).toEqual({ year: undefined, page: 2 });
    for (const bad of [
      "2024.0",
      "2024.-1",
      "2024.x",
      "2024.2.2",
      "2024.",
      "x.2",
      "2024.02",
      "2024.123456",
    ])
      expect(parseYearPage(bad)).toBeNull();
  });
});
