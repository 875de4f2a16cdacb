// Steps a reader can add up at a glance: 1, 2, 2.5 or 5 × 10^k.
const STEPS = [1, 2, 2.5, 5, 10];

/** Drops floating-point dust (0.30000000000000004 → 0.3) and a negative zero. */
const clean = (n: number) => Number(n.toPrecision(12)) + 0;

/**
 * Round axis ticks covering [lo, hi] in about `count` intervals, each step a "nice number", so
 * that no tick reads 11.25 or 2,625. The first and last tick are the axis's domain.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) {
    const pad = Math.abs(hi) || 1;
    [lo, hi] = lo >= 0 ? [0, hi + pad] : [lo - pad, 0];
  }
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * mag >= raw * (1 - 1e-9)) ?? 10) * mag;
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(clean(i * step));
  return ticks;
}
