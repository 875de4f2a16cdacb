export type Rect = { x: number; y: number; w: number; h: number };

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Where a target's label goes: against its line or band (just above, else just below, else
 * inside a band tall enough), as far right as it can sit without covering a bar or a value
 * label. With no free spot it sits above the line at the right, on its white ground.
 */
export function placeLabel(
  size: { w: number; h: number },
  plot: Rect,
  top: number,
  bottom: number,
  obstacles: Rect[],
  gap: number,
): Rect {
  const ys = [top - gap - size.h, bottom + gap];
  if (bottom - top >= size.h + 2 * gap) ys.push(top + gap);
  const right = plot.x + plot.w - size.w - gap;
  for (const y of ys) {
    if (y < plot.y - gap || y + size.h > plot.y + plot.h) continue;
    for (let x = right; x >= plot.x + gap; x -= 6) {
      const r = { x, y, w: size.w, h: size.h };
      if (!obstacles.some((o) => overlaps(r, o))) return r;
    }
  }
  const y = Math.min(plot.y + plot.h - size.h, Math.max(plot.y - gap, top - gap - size.h));
  return { x: Math.max(plot.x + gap, right), y, w: size.w, h: size.h };
}
