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
