import { describe, expect, it } from "vitest";
import { niceTicks } from "./nice-ticks";

/** Whether every step between ticks is 1, 2, 2.5 or 5 × 10^k. */
function nice(ticks: number[]): boolean {
  return ticks.slice(1).every((t, i) => {
    const step = t - (ticks[i] as number);
    const f = step / 10 ** Math.floor(Math.log10(step));
    return [1, 2, 2.5, 5].some((n) => Math.abs(f - n) < 1e-9);
  });
}

describe("niceTicks", () => {
  it("steps by round numbers that cover the range", () => {
    // Ninh Thuận 2024 budget revenue: result 4,950 bn VND, target about 4,000.
    expect(niceTicks(0, 5197.5)).toEqual([0, 2000, 4000, 6000]);
    // Ninh Thuận 2024 GRDP growth: target 11–12 %, result 8.74 %.
    expect(niceTicks(0, 12.6)).toEqual([0, 5, 10, 15]);
    // Hải Hà 2024 total production value: target more than 36,000, result more than 37,000.
    expect(niceTicks(0, 38850)).toEqual([0, 10000, 20000, 30000, 40000]);
    expect(niceTicks(-2.1, 0)).toEqual([-2.5, -2, -1.5, -1, -0.5, 0]);
  });

  it("never produces a tick like 11.25 or 2,625", () => {
    for (const hi of [1.3, 11.9, 12.6, 2625, 2700, 9999, 245621.53 * 1.05, 0.07]) {
      const ticks = niceTicks(0, hi);
      expect(nice(ticks), `${hi}: ${ticks.join(", ")}`).toBe(true);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(hi);
      for (const t of ticks) expect(String(t)).not.toMatch(/\d\.\d{3,}|e-/);
    }
  });

  it("widens an empty range instead of dividing by zero", () => {
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(5, 5).at(-1)).toBeGreaterThanOrEqual(5);
  });
});
