import type { CSSProperties } from "react";
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
// The bullet chart's colours, once a chart, for the .tj-* rules in app/globals.css.
const CHART_COLORS = {
  "--tj-band": BULLET_COLORS.band,
  "--tj-tick": BULLET_COLORS.tick,
  "--tj-zero": BULLET_COLORS.zero,
} as CSSProperties;

/**
 * One year's marks, drawn in pixels around the column's centre (a percentage x), in its status
 * colour (`color`, which the marks take as currentColor). Presentation lives in app/globals.css
 * (`.tj-*`): forty of these charts on a national district page carried the same dozen attributes
 * on every mark, twice (HTML and flight data): 6.4 kB of markup a chart.
 */
function YearColumn({ y, word, current }: { y: TrajectoryYear; word: string; current: boolean }) {
  const t = y.target;
  return (
    <svg
      x={pc(y.x)}
      width="1"
      height={HEIGHT}
      className="tj-col"
      color={STATUS_STYLE[y.status].color}
    >
      {t?.kind === "band" && (
        <rect
          x="-14"
          width="28"
          y={py(t.top)}
          height={Math.max(py(t.bottom) - py(t.top), 2)}
          className="tj-band"
        />
      )}
      {t?.kind === "tick" && (
        <>
          <line
            x1="-14"
            x2="14"
            y1={py(t.y)}
            y2={py(t.y)}
            className={t.derived ? "tj-tick tj-derived" : "tj-tick"}
          />
          {/* An open target ("more than"): a chevron towards its open end. */}
          {t.open && (
            <path
              d={
                t.open === "up" ? `M-5 ${py(t.y) - 4} l5 -5 l5 5` : `M-5 ${py(t.y) + 4} l5 5 l5 -5`
              }
              className="tj-open"
            />
          )}
        </>
      )}
      {y.result && (
        <circle
          cy={py(y.result.y)}
          r="5"
          className={y.result.hollow ? "tj-dot tj-hollow" : "tj-dot"}
        />
      )}
      <text y="82" className={current ? "tj-year tj-current" : "tj-year"}>
        {y.year}
      </text>
      <text y="98" className="tj-word">
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
      <svg
        role="img"
        aria-label={tr.alt}
        width="100%"
        height={HEIGHT}
        className="tj block"
        style={CHART_COLORS}
      >
        {tr.zero !== null && (
          <line x1="0" x2="100%" y1={py(tr.zero)} y2={py(tr.zero)} className="tj-zero" />
        )}
        {joins.map(([a, b]) => (
          <line
            key={a.year}
            x1={pc(a.x)}
            x2={pc(b.x)}
            y1={py(a.result?.y ?? 0)}
            y2={py(b.result?.y ?? 0)}
            className="tj-join"
          />
        ))}
        {tr.years.map((y) => (
          <YearColumn key={y.year} y={y} word={t.status[y.status]} current={y.year === year} />
        ))}
      </svg>
    </section>
  );
}
