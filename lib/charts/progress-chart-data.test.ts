import { describe, expect, it } from "vitest";
import { progressGeometry } from "./progress-chart-data";

describe("progressGeometry", () => {
  it("places result and elapsed share on a 100 % track", () => {
    expect(progressGeometry(30.18, 0.25)).toEqual({ fill: 30.2, marker: 25, full: 100 });
  });
  it("extends the track past 100 % instead of capping", () => {
    expect(progressGeometry(150, 0.5)).toEqual({ fill: 100, marker: 33.3, full: 66.7 });
  });
  it("never draws a negative bar", () => {
    expect(progressGeometry(-5, 0.5).fill).toBe(0);
  });
});
