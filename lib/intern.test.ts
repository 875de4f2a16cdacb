import { describe, expect, it } from "vitest";
import { intern } from "./intern";

describe("intern", () => {
  it("returns the value it was given, and null as null", () => {
    expect(intern("mn_vnd_per_person")).toBe("mn_vnd_per_person");
    expect(intern(["lev", "el"].join(""))).toBe("level");
    expect(intern(null)).toBeNull();
  });

  it("still answers once the pool is full", () => {
    for (let i = 0; i < 100_100; i++) expect(intern(`huyen-mau-${i}`)).toBe(`huyen-mau-${i}`);
  });
});
