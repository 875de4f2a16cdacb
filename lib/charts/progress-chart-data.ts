/**
 * Geometry of an interim progress bar: the track runs to 100 % of the target, or further when the
 * result is already past it (never capped), with a marker at the share of the year elapsed.
 */
export function progressGeometry(
  progress: number,
  elapsed: number,
): { fill: number; marker: number; full: number } {
  const scale = Math.max(100, progress, elapsed * 100);
  const pct = (v: number) => Math.round((Math.max(0, v) / scale) * 1000) / 10;
  return { fill: pct(progress), marker: pct(elapsed * 100), full: pct(100) };
}
