import type { Lang } from "@/lib/i18n/config";
import { formatPercent } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import { ProvenanceBody, type Provenance } from "../provenance";
import { progressGeometry } from "../../lib/charts/progress-chart-data";

/**
 * An interim result of a flow (revenue so far against the year's target) as a progress bar with
 * a marker at the share of the year elapsed. The bar is a disclosure: click or Enter shows the
 * quote it came from.
 */
export function ProgressChart({
  progress,
  elapsed,
  provenance,
  lang,
}: {
  progress: number;
  elapsed: number;
  provenance: Provenance | undefined;
  lang: Lang;
}) {
  const t = messages(lang).chart;
  const g = progressGeometry(progress, elapsed);
  const bar = (
    <div className="space-y-1">
      <div
        className="relative h-8 w-full rounded bg-stone-200"
        role="img"
        aria-label={`${t.progress(formatPercent(progress, lang))}; ${t.elapsed(formatPercent(elapsed * 100, lang))}`}
      >
        <div
          className="absolute inset-y-0 left-0 rounded bg-blue-700"
          style={{ width: `${g.fill}%` }}
        />
        <div
          className="absolute inset-y-[-4px] w-0.5 bg-stone-900"
          style={{ left: `${g.marker}%` }}
        />
        {g.full < 100 && (
          <div className="absolute inset-y-0 w-px bg-red-700" style={{ left: `${g.full}%` }} />
        )}
      </div>
      <div className="flex justify-between text-xs text-stone-700">
        <span>{t.progress(formatPercent(progress, lang))}</span>
        <span>{t.elapsed(formatPercent(elapsed * 100, lang))}</span>
      </div>
    </div>
  );
  if (!provenance) return bar;
  return (
    <details>
      <summary className="cursor-pointer list-none focus-visible:outline-2 focus-visible:outline-red-800">
        {bar}
        {/* Added to the visible text, not replacing it: the name a screen reader announces
            starts with what a sighted reader sees (WCAG 2.5.3, label in name). */}
        <span className="sr-only">
          {" "}
          — {provenance.heading} — {t.showSource}
        </span>
      </summary>
      <div className="mt-2 rounded border border-stone-200 bg-stone-50 p-3">
        <ProvenanceBody p={provenance} lang={lang} />
      </div>
    </details>
  );
}
