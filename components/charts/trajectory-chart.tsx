import { trajectory, type TrajectoryYear } from "@/lib/charts/trajectory-data";
import type { IndicatorDetail } from "@/lib/data/comparisons";
import type { Comparison } from "@/lib/domain/types";
import { STATUS_STYLE } from "@/lib/domain/status";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { BULLET_COLORS } from "./bullet-svg";

// Pixels: the plot, then the year and its status word under each column.
const PLOT_TOP = 8;
const PLOT_HEIGHT = 56;
const HEIGHT = 104;
const py = (p: number) => Math.round((PLOT_TOP + (p / 100) * PLOT_HEIGHT) * 10) / 10;
const pc = (n: number) => `${n}%`;

/** One year's marks, drawn in pixels around the column's centre (a percentage x). */
function YearColumn({ y, word, current }: { y: TrajectoryYear; word: string; current: boolean }) {
  const color = STATUS_STYLE[y.status].color;
  const t = y.target;
  return (
    <svg x={pc(y.x)} y="0" width="1" height={HEIGHT} overflow="visible">
      {t?.kind === "band" && (
        <rect
          x="-14"
          y={py(t.top)}
          width="28"
          height={Math.max(py(t.bottom) - py(t.top), 2)}
          fill={BULLET_COLORS.band}
        />
      )}
      {t?.kind === "tick" && (
        <>
          <line
            x1="-14"
            x2="14"
            y1={py(t.y)}
            y2={py(t.y)}
            stroke={BULLET_COLORS.tick}
            strokeWidth="3"
            strokeDasharray={t.derived ? "4 3" : undefined}
          />
          {/* An open target ("more than"): a chevron towards its open end. */}
          {t.open && (
            <path
              d={
                t.open === "up" ? `M-5 ${py(t.y) - 4} l5 -5 l5 5` : `M-5 ${py(t.y) + 4} l5 5 l5 -5`
              }
              fill="none"
              stroke={BULLET_COLORS.tick}
              strokeWidth="2"
            />
          )}
        </>
      )}
      {y.result && (
        <circle
          cx="0"
          cy={py(y.result.y)}
          r="5"
          fill={y.result.hollow ? "#ffffff" : color}
          stroke={y.result.hollow ? color : "#ffffff"}
          strokeWidth="2"
        />
      )}
      <text
        x="0"
        y="82"
        textAnchor="middle"
        fontSize="12"
        fontWeight={current ? 700 : 400}
        fill="#1c1917"
        textDecoration={current ? "underline" : undefined}
      >
        {y.year}
      </text>
      <text x="0" y="98" textAnchor="middle" fontSize="11" fill={color}>
        {word}
      </text>
    </svg>
  );
}

/**
 * A small chart of one indicator's targets and full-year results over the years, in plain SVG
 * (no client JS), fluid in width: a tick or band per target, a dot per result in its status
 * colour, the status in words under each year. The text alternative lists every year.
 */
export function TrajectoryChart({
  comparisons,
  indicator,
  name,
  year,
  lang,
  level = 4,
}: {
  comparisons: Comparison[];
  indicator: Pick<IndicatorDetail, "direction">;
  name: string;
  /** The page's year, marked among the others. */
  year: number;
  lang: Lang;
  level?: 3 | 4;
}) {
  const tr = trajectory(comparisons, indicator, name, lang);
  if (!tr) return null;
  const t = messages(lang);
  const H = level === 3 ? "h3" : "h4";
  // Results of consecutive years joined, where both have a number.
  const joins = tr.years.slice(1).flatMap((b, i) => {
    const a = tr.years[i];
    return a?.result && b.result && !a.result.hollow && !b.result.hollow ? [[a, b] as const] : [];
  });
  return (
    <section className="space-y-1">
      <H className="text-sm font-semibold text-stone-800">{t.trajectory.title}</H>
      <svg role="img" aria-label={tr.alt} width="100%" height={HEIGHT} className="block">
        {tr.zero !== null && (
          <line
            x1="0"
            x2="100%"
            y1={py(tr.zero)}
            y2={py(tr.zero)}
            stroke={BULLET_COLORS.zero}
            strokeDasharray="2 3"
          />
        )}
        {joins.map(([a, b]) => (
          <line
            key={a.year}
            x1={pc(a.x)}
            x2={pc(b.x)}
            y1={py(a.result?.y ?? 0)}
            y2={py(b.result?.y ?? 0)}
            stroke="#78716c"
            strokeWidth="1.5"
          />
        ))}
        {tr.years.map((y) => (
          <YearColumn key={y.year} y={y} word={t.status[y.status]} current={y.year === year} />
        ))}
      </svg>
    </section>
  );
}
