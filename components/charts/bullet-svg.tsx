import type { BulletGeometry } from "@/lib/charts/bullet-data";

// Literal colours, not classes: SVG fills print even where CSS backgrounds are dropped.
export const BULLET_COLORS = {
  track: "#f5f5f4",
  trackEdge: "#d6d3d1",
  band: "#a8a29e",
  open: "#a8a29e",
  tick: "#1c1917",
  expected: "#1d4ed8",
  zero: "#57534e",
};
const BULLET_HEIGHT = 28;

const pc = (n: number) => `${n}%`;

/** The hatch that marks a result covering part of the year only. */
export function Hatch({ id, color }: { id: string; color: string }) {
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width="6"
      height="6"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill="#ffffff" />
      <rect width="3" height="6" fill={color} />
    </pattern>
  );
}

/** A gradient fading from a target towards its open end ("more than 36,000"). */
export function OpenFade({ id, side }: { id: string; side: "left" | "right" }) {
  return (
    <linearGradient id={id} x1={side === "right" ? 0 : 1} x2={side === "right" ? 1 : 0}>
      <stop offset="0" stopColor={BULLET_COLORS.open} stopOpacity="0.9" />
      <stop offset="1" stopColor={BULLET_COLORS.open} stopOpacity="0" />
    </linearGradient>
  );
}

/** A chevron beside a tick, pointing to the open end. Drawn in pixels at a percentage x. */
function OpenArrow({ at, side }: { at: number; side: "left" | "right" }) {
  const d = side === "right" ? "M5 8 l6 6 l-6 6" : "M-5 8 l-6 6 l6 6";
  return (
    <svg x={pc(at)} y="0" width="1" height={BULLET_HEIGHT} overflow="visible">
      {/* A white halo keeps the chevron visible where it crosses the result bar. */}
      <path d={d} fill="none" stroke="#ffffff" strokeWidth="4" />
      <path d={d} fill="none" stroke={BULLET_COLORS.tick} strokeWidth="2" />
    </svg>
  );
}

/**
 * One bullet row drawn in plain SVG, fluid in width (x in percentages, no viewBox, so strokes and
 * hatching keep their size on a phone). The text alternative is the whole row in words.
 */
export function BulletSvg({
  g,
  id,
  color,
  alt,
}: {
  g: BulletGeometry;
  id: string;
  color: string;
  alt: string;
}) {
  const t = g.target;
  const open = t?.kind === "tick" ? t.open : null;
  return (
    <svg
      role="img"
      aria-label={alt}
      width="100%"
      height={BULLET_HEIGHT}
      className="block overflow-visible"
    >
      <defs>
        {g.bar?.partial && <Hatch id={`${id}-hatch`} color={color} />}
        {open && <OpenFade id={`${id}-open`} side={open} />}
      </defs>
      <rect
        x="0"
        y="4"
        width="100%"
        height="20"
        fill={BULLET_COLORS.track}
        stroke={BULLET_COLORS.trackEdge}
      />
      {t?.kind === "band" && (
        <rect
          x={pc(t.from)}
          y="4"
          width={pc(Math.max(t.to - t.from, 0.5))}
          height="20"
          fill={BULLET_COLORS.band}
        />
      )}
      {t?.kind === "tick" && open && (
        <rect
          x={pc(open === "right" ? t.at : 0)}
          y="4"
          width={pc(open === "right" ? 100 - t.at : t.at)}
          height="20"
          fill={`url(#${id}-open)`}
        />
      )}
      {g.zero > 0 && g.zero < 100 && (
        <line x1={pc(g.zero)} x2={pc(g.zero)} y1="4" y2="24" stroke={BULLET_COLORS.zero} />
      )}
      {g.bar && (
        <rect
          x={pc(g.bar.from)}
          y="9"
          width={pc(Math.max(g.bar.to - g.bar.from, 0.5))}
          height="10"
          fill={g.bar.partial ? `url(#${id}-hatch)` : color}
          stroke={color}
          strokeWidth={g.bar.partial ? 1.5 : 0}
        />
      )}
      {g.expected !== null && (
        <line
          x1={pc(g.expected)}
          x2={pc(g.expected)}
          y1="1"
          y2="27"
          stroke={BULLET_COLORS.expected}
          strokeWidth="2"
          strokeDasharray="2 2"
        />
      )}
      {t?.kind === "tick" && (
        <>
          <line
            x1={pc(t.at)}
            x2={pc(t.at)}
            y1="1"
            y2="27"
            stroke={BULLET_COLORS.tick}
            strokeWidth="3"
            strokeDasharray={t.derived ? "4 3" : undefined}
          />
          {open && <OpenArrow at={t.at} side={open} />}
        </>
      )}
    </svg>
  );
}
