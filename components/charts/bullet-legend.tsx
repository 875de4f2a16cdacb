import type { BulletRow } from "@/lib/charts/bullet-data";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { BULLET_COLORS, Hatch, OpenFade } from "./bullet-svg";

const RESULT = "#44403c";

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg
      width="36"
      height="20"
      aria-hidden="true"
      className="inline-block shrink-0 overflow-visible"
    >
      {children}
    </svg>
  );
}

/** A key to the marks, listing only those the rows use. */
export function BulletLegend({ rows, lang }: { rows: BulletRow[]; lang: Lang }) {
  const t = messages(lang).bullet;
  const charts = rows.flatMap((r) => (r.chart ? [r.chart] : []));
  const ticks = charts.flatMap((g) => (g.target?.kind === "tick" ? [g.target] : []));
  const tick = (derived: boolean) => (
    <line
      x1="18"
      x2="18"
      y1="1"
      y2="19"
      stroke={BULLET_COLORS.tick}
      strokeWidth="3"
      strokeDasharray={derived ? "4 3" : undefined}
    />
  );
  const items: [boolean, string, React.ReactNode][] = [
    [ticks.some((k) => !k.derived && !k.open), t.legendTarget, tick(false)],
    [
      charts.some((g) => g.target?.kind === "band"),
      t.legendRange,
      <rect key="b" x="8" y="3" width="20" height="14" fill={BULLET_COLORS.band} />,
    ],
    [
      ticks.some((k) => k.open),
      t.legendOpen,
      <>
        <defs>
          <OpenFade id="bullet-legend-open" side="right" />
        </defs>
        <rect x="8" y="3" width="28" height="14" fill="url(#bullet-legend-open)" />
        <line x1="8" x2="8" y1="1" y2="19" stroke={BULLET_COLORS.tick} strokeWidth="3" />
        <path d="M13 4 l6 6 l-6 6" fill="none" stroke={BULLET_COLORS.tick} strokeWidth="2" />
      </>,
    ],
    [ticks.some((k) => k.derived), t.legendDerived, tick(true)],
    [
      charts.some((g) => g.bar && !g.bar.partial),
      t.legendResult,
      <rect key="r" x="2" y="6" width="32" height="8" fill={RESULT} />,
    ],
    [
      charts.some((g) => g.bar?.partial),
      t.legendPartial,
      <>
        <defs>
          <Hatch id="bullet-legend-hatch" color={RESULT} />
        </defs>
        <rect
          x="2"
          y="6"
          width="32"
          height="8"
          fill="url(#bullet-legend-hatch)"
          stroke={RESULT}
          strokeWidth="1.5"
        />
      </>,
    ],
    [
      charts.some((g) => g.expected !== null),
      t.legendExpected,
      <line
        key="e"
        x1="18"
        x2="18"
        y1="0"
        y2="20"
        stroke={BULLET_COLORS.expected}
        strokeWidth="2"
        strokeDasharray="2 2"
      />,
    ],
  ];
  const shown = items.filter(([on]) => on);
  if (shown.length === 0) return null;
  return (
    <ul aria-label={t.legend} className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700">
      {shown.map(([, label, mark]) => (
        <li key={label} className="inline-flex items-center gap-1">
          <Swatch>{mark}</Swatch>
          {label}
        </li>
      ))}
    </ul>
  );
}
