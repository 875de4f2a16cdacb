import { describe, expect, it } from "vitest";
import { pageHeaders, pageLinks, requestedExtent } from "./paging";

describe("page links", () => {
  const url = new URL("http://x/api/figures?year=2024&page=2");
  it("links the previous and next pages of the same query", () => {
    expect(pageLinks(url, { page: 2, pages: 3 })).toBe(
      '</api/figures?year=2024&page=1>; rel="prev", </api/figures?year=2024&page=3>; rel="next"',
    );
    expect(pageLinks(new URL("http://x/api/figures.csv"), { page: 1, pages: 2 })).toBe(
      '</api/figures.csv?page=2>; rel="next"',
    );
  });
  it("has nothing to link on a single page", () => {
    expect(pageLinks(url, { page: 1, pages: 1 })).toBeNull();
    expect(pageHeaders(url, { page: 1, pages: 1 })).toEqual({ "x-page": "1", "x-pages": "1" });
  });
});

describe("requestedExtent", () => {
  const ask = (q: string, wholeByDefault: boolean) => {
    const { whole, params } = requestedExtent(new URLSearchParams(q), wholeByDefault);
    return { whole, params: params.toString() };
  };
  it("takes page=all as the whole result, and drops it from what the query schema reads", () => {
    expect(ask("year=2024&page=all", false)).toEqual({ whole: true, params: "year=2024" });
  });
  it("leaves a page number, or a repeated or malformed page, to the query schema", () => {
    expect(ask("page=2", true)).toEqual({ whole: false, params: "page=2" });
    expect(ask("page=all&page=2", true)).toEqual({ whole: false, params: "page=all&page=2" });
    expect(ask("page=ALL", true)).toEqual({ whole: false, params: "page=ALL" });
  });
  it("falls back to the format's default without a page", () => {
    expect(ask("year=2024", false)).toEqual({ whole: false, params: "year=2024" });
    expect(ask("year=2024", true)).toEqual({ whole: true, params: "year=2024" });
  });
});
