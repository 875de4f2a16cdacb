import { describe, expect, it } from "vitest";
import { pageHeaders, pageLinks } from "./paging";

describe("page links", () => {
  const url = new URL("http://x/api/figures?year=2024&page=2");
  it("links the previous and next pages of the same query", () => {
    expect(pageLinks(url, { page: 2, pages: 3 })).toBe('</api/figures?year=2024&page=1>; rel="prev", </api/figures?year=2024&page=3>; rel="next"');
    expect(pageLinks(new URL("http://x/api/figures.csv"), { page: 1, pages: 2 })).toBe('</api/figures.csv?page=2>; rel="next"');
  });
  it("has nothing to link on a single page", () => {
    expect(pageLinks(url, { page: 1, pages: 1 })).toBeNull();
    expect(pageHeaders(url, { page: 1, pages: 1 })).toEqual({ "x-page": "1", "x-pages": "1" });
  });
});
