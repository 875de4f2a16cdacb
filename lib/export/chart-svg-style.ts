/** The image's colours: the page's result blue and target red, and ink and greys from stone. */
export const COLORS = {
  ink: "#1c1917",
  muted: "#57534e",
  grid: "#e7e5e4",
  result: "#1d4ed8",
  /** The light ground of a partial-year bar, under its blue hatching. */
  partialGround: "#dbeafe",
  target: "#b91c1c",
  warn: "#92400e",
  white: "#ffffff",
} as const;

/** The hatching that marks a result covering only part of the year (Q1, H1, 10 months). */
export const HATCH_DEFS = `<defs><pattern id="partial" patternUnits="userSpaceOnUse" width="10" height="10" patternTransform="rotate(45)"><rect width="10" height="10" fill="${COLORS.partialGround}"/><rect width="4" height="10" fill="${COLORS.result}"/></pattern></defs>`;

/** A bar's or swatch's fill: solid for a full year, hatched for part of it. */
export const barFill = (partial: boolean) =>
  partial
    ? `fill="url(#partial)" stroke="${COLORS.result}" stroke-width="2"`
    : `fill="${COLORS.result}"`;
