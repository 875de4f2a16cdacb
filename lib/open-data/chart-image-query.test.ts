import { describe, expect, it } from "vitest";
import { chartImageQuerySchema, parseQuery } from "./query";

const parse = (qs: string) => parseQuery(new URLSearchParams(qs), chartImageQuerySchema);
const error = (qs: string) => {
  const r = parse(qs);
  if (r.ok) throw new Error(`accepted ${qs}`);
  return r.error;
};

describe("chart image parameters", () => {
  it("one comparison, as before: no view, with its defaults", () => {
    expect(parse("locality=hai-ha&indicator=total-production-value&year=2024")).toEqual({
      ok: true,
      data: {
        locality: "hai-ha",
        indicator: "total-production-value",
        year: 2024,
        basis: "level",
        lang: "en",
        format: "png",
        size: "slide",
      },
    });
    expect(parse("view=comparison&locality=hai-ha&indicator=x&year=2024").ok).toBe(true);
    expect(error("locality=hai-ha&year=2024")).toEqual({
      parameter: "indicator",
      message: "required for an image of one comparison",
    });
    expect(error("locality=hai-ha&indicator=x&year=2024&size=poster").parameter).toBe("size");
    expect(error("locality=hai-ha&indicator=x&year=2024&page=2").parameter).toBe("page");
  });

  it("view=bullet takes a locality and a year, never an indicator or basis", () => {
    expect(parse("view=bullet&locality=ninh-thuan&year=2024&lang=vi&format=svg")).toEqual({
      ok: true,
      data: {
        view: "bullet",
        locality: "ninh-thuan",
        year: 2024,
        lang: "vi",
        format: "svg",
        size: "slide",
      },
    });
    expect(error("view=bullet&year=2024")).toEqual({
      parameter: "locality",
      message: "required for view=bullet",
    });
    expect(error("view=bullet&locality=ninh-thuan")).toMatchObject({ parameter: "year" });
    expect(error("view=bullet&locality=ninh-thuan&year=2024&indicator=x")).toEqual({
      parameter: "indicator",
      message: "not taken with view=bullet: the image holds every indicator of the year",
    });
    expect(error("view=bullet&locality=ninh-thuan&year=2024&basis=share").parameter).toBe("basis");
    expect(error("view=bullet&locality=ninh-thuan&year=2024&colour=red")).toEqual({
      parameter: "colour",
      message: "unknown parameter",
    });
  });

  it("view=indicator takes an indicator, a year and a page of localities, never a locality", () => {
    expect(parse("view=indicator&indicator=budget-revenue&year=2024&size=document")).toEqual({
      ok: true,
      data: {
        view: "indicator",
        indicator: "budget-revenue",
        year: 2024,
        page: 1,
        lang: "en",
        format: "png",
        size: "document",
      },
    });
    expect(error("view=indicator&indicator=budget-revenue&year=2024&locality=hai-ha")).toEqual({
      parameter: "locality",
      message: "not taken with view=indicator: the image holds every locality of the page",
    });
    expect(error("view=indicator&year=2024").parameter).toBe("indicator");
    expect(error("view=indicator&indicator=x&year=2024&page=0").parameter).toBe("page");
    expect(error("view=poster&indicator=x&year=2024")).toEqual({
      parameter: "view",
      message: "expected comparison, bullet or indicator",
    });
    expect(error("view=bullet&view=indicator&locality=x&year=2024").parameter).toBe("view");
  });
});
