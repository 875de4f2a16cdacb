"use client";

import { useRef } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Lang } from "@/lib/i18n/config";
import { formatNumber, formatValue, unitLabel } from "@/lib/format";
import type { Provenance } from "../provenance";
import type { TargetChartSeries } from "../../lib/charts/target-chart-data";

export type TargetChartLabels = {
  target: string;
  derivedTarget: string;
  result: string;
  lowerIsBetter: string;
};

const RESULT = "#1d4ed8";
const TARGET = "#b91c1c";
const MARGIN = { top: 16, right: 16, bottom: 8, left: 8 };
const Y_AXIS_WIDTH = 72;

/** What a bar's tooltip shows: the figure as stated and its quote. */
export type BarTip = Pick<Provenance, "heading" | "quote" | "language">;

/**
 * Opens a figure's provenance in the data table of the chart's card and moves focus there. The
 * table holds the full provenance once; the chart does not carry a second copy of it.
 */
function openInTable(from: HTMLElement | null, figureId: string | undefined) {
  if (!from || !figureId) return;
  const summary = from
    .closest("article")
    ?.querySelector<HTMLElement>(`summary[data-figure="${CSS.escape(figureId)}"]`);
  const details = summary?.parentElement;
  if (!summary || !(details instanceof HTMLDetailsElement)) return;
  details.open = true;
  summary.focus();
  summary.scrollIntoView({ block: "nearest" });
}

/**
 * Planned vs achieved: results as bars, the target as a line or a band. A bar is focusable
 * (arrow keys move between bars) and its tooltip carries the quote; clicking it opens the full
 * provenance in the table below the chart.
 */
export function TargetChart({
  id,
  series,
  tips,
  labels,
  lang,
  title,
}: {
  id: string;
  series: TargetChartSeries;
  tips: Record<string, BarTip>;
  labels: TargetChartLabels;
  lang: Lang;
  title: string;
}) {
  const figure = useRef<HTMLElement>(null);
  const t = series.target;
  const targetLabel = t?.kind === "line" && t.derived ? labels.derivedTarget : labels.target;
  return (
    <figure ref={figure} className="space-y-2">
      {/* The box reserves the chart's space before it draws: no layout shift. */}
      <div className="aspect-[16/9] w-full">
        <BarChart
          id={id}
          responsive
          style={{ width: "100%", height: "100%" }}
          data={series.bars}
          margin={MARGIN}
          title={title}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            domain={series.domain}
            reversed={series.reversed}
            tickFormatter={(v: number) => formatNumber(v, lang)}
            tick={{ fontSize: 12 }}
            width={Y_AXIS_WIDTH}
            label={{
              value: unitLabel(series.unit, lang),
              angle: -90,
              position: "insideLeft",
              fontSize: 12,
            }}
          />
          {t?.kind === "band" && (
            <ReferenceArea
              y1={t.min}
              y2={t.max}
              fill={TARGET}
              fillOpacity={0.15}
              stroke={TARGET}
              strokeDasharray="4 2"
              label={{ value: targetLabel, position: "insideTopRight", fill: TARGET, fontSize: 12 }}
            />
          )}
          {t?.kind === "line" && (
            <ReferenceLine
              y={t.value}
              stroke={TARGET}
              strokeWidth={2}
              strokeDasharray={t.derived ? "6 4" : undefined}
              label={{
                value: `${targetLabel}: ${formatValue(t.value, series.unit, lang)}`,
                position: "insideTopRight",
                fill: TARGET,
                fontSize: 12,
              }}
            />
          )}
          {/* Kept inside the plot area, so never past the screen's edge on a phone: Recharts
              clamps the tooltip into the plot only when it is no wider than the plot (the chart
              less its margins and the y axis), so a long quote wraps to that width. */}
          <Tooltip
            isAnimationActive={false}
            allowEscapeViewBox={{ x: false, y: false }}
            wrapperStyle={{
              maxWidth: `min(90vw, 20rem, calc(100% - ${MARGIN.left + Y_AXIS_WIDTH + MARGIN.right}px))`,
              whiteSpace: "normal",
              zIndex: 10,
            }}
            content={({ active, payload }) => {
              const bar = active ? payload?.[0]?.payload : undefined;
              const p = bar ? tips[bar.figureId as string] : undefined;
              if (!bar || !p) return null;
              return (
                <div className="max-w-xs rounded border border-stone-300 bg-white p-2 text-xs shadow">
                  <p className="font-semibold">{p.heading}</p>
                  <p
                    lang={p.language}
                    dir={p.language === "ar" ? "rtl" : "ltr"}
                    className="mt-1 italic"
                  >
                    “{p.quote}”
                  </p>
                </div>
              );
            }}
          />
          <Bar
            dataKey="value"
            maxBarSize={96}
            name={labels.result}
            fill={RESULT}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(d: { payload?: { figureId?: string } }) =>
              openInTable(figure.current, d.payload?.figureId)
            }
          />
        </BarChart>
      </div>
      <figcaption className="flex flex-wrap gap-4 text-xs text-stone-700">
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block h-3 w-3 align-middle"
            style={{ background: RESULT }}
          />
          {labels.result}
        </span>
        {t && (
          <span>
            <span
              aria-hidden="true"
              className="mr-1 inline-block h-0.5 w-4 align-middle"
              style={{ background: TARGET }}
            />
            {targetLabel}
          </span>
        )}
        {series.reversed && <span>{labels.lowerIsBetter}</span>}
      </figcaption>
    </figure>
  );
}
