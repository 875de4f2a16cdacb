"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { TargetChart as Chart } from "./target-chart";

// Recharts is the bulk of a chart page's JavaScript: it loads after the page, not with it. The
// box keeps the chart's aspect ratio meanwhile (no layout shift), and the data table below the
// chart carries the same figures for readers without script.
const TargetChart = dynamic(() => import("./target-chart").then((m) => m.TargetChart), {
  ssr: false,
  loading: () => <div className="aspect-[16/9] w-full animate-pulse rounded bg-stone-100" />,
});

export function LazyTargetChart(props: ComponentProps<typeof Chart>) {
  return <TargetChart {...props} />;
}
