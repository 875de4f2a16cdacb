import { describe, expect, it } from "vitest";
import { memoize } from "./memo";

describe("memoize", () => {
  it("computes once per argument list and evicts the least recently used", async () => {
    let calls = 0;
    const f = memoize(async (n: number) => {
      calls++;
      return n * 2;
    }, 2);
    expect(await f(1)).toBe(2);
    expect(await f(1)).toBe(2);
    expect(calls).toBe(1);
    await f(2);
    await f(1); // 1 is now the most recent
    await f(3); // evicts 2
    await f(1);
    expect(calls).toBe(3);
    await f(2);
    expect(calls).toBe(4);
  });
  it("does not remember failures", async () => {
    let calls = 0;
    const f = memoize(async () => {
      calls++;
      if (calls === 1) throw new Error("boom");
      return "ok";
    }, 4);
    await expect(f()).rejects.toThrow("boom");
    expect(await f()).toBe("ok");
  });
});

describe("memoize with a weight budget", () => {
  const weighted = () => {
    let calls = 0;
    const f = memoize(
      async (n: number) => {
        calls++;
        return Array.from({ length: n }, () => n);
      },
      100,
      { weigh: (r) => r.length, maxWeight: 10 },
    );
    return { f, calls: () => calls };
  };
  it("keeps results while their weights fit, dropping the least recently used", async () => {
    const { f, calls } = weighted();
    await f(4);
    await f(5);
    await f(4); // hit; 4 is now the most recent
    expect(calls()).toBe(2);
    await f(3); // 4 + 5 + 3 > 10: 5 goes
    await f(4);
    await f(3);
    expect(calls()).toBe(3);
    await f(5);
    expect(calls()).toBe(4);
  });
  it("returns a result heavier than the budget without keeping it", async () => {
    const { f, calls } = weighted();
    expect((await f(11)).length).toBe(11);
    await f(11);
    expect(calls()).toBe(2);
  });
});
