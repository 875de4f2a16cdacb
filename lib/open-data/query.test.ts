import { describe, expect, it } from "vitest";
import { comparisonQuerySchema, figureQuerySchema, parseQuery } from "./query";

const parse = (query: string) => parseQuery(new URLSearchParams(query), figureQuerySchema);

describe("parseQuery", () => {
  it("reads known parameters", () => {
    expect(parse("locality=hai-ha&year=2024&kind=target")).toEqual({
      ok: true,
      data: { locality: "hai-ha", year: 2024, kind: "target" },
    });
  });

  it("refuses an unknown parameter whatever its name, Object.prototype's included", () => {
    for (const name of ["colour", "__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(parse(`${name}=1`), name).toEqual({
        ok: false,
        error: { parameter: name, message: "unknown parameter" },
      });
      expect(parseQuery(new URLSearchParams(`year=2024&${name}=x`), comparisonQuerySchema)).toEqual(
        { ok: false, error: { parameter: name, message: "unknown parameter" } },
      );
    }
  });

  it("refuses __proto__ even beside valid parameters and with an empty value", () => {
    expect(parse("locality=hai-ha&__proto__=")).toMatchObject({
      ok: false,
      error: { parameter: "__proto__" },
    });
    expect(parse("__proto__[year]=2024")).toMatchObject({
      ok: false,
      error: { parameter: "__proto__[year]" },
    });
  });

  it("refuses a repeated parameter and names a malformed one", () => {
    expect(parse("year=2024&year=2023")).toEqual({
      ok: false,
      error: { parameter: "year", message: "expected a single value" },
    });
    expect(parse("year=20245")).toMatchObject({ ok: false, error: { parameter: "year" } });
  });
});
