import type { Status } from "@/lib/domain/enums";
import { STATUS_STYLE } from "@/lib/domain/status";
import type { Comparison } from "@/lib/domain/types";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

/**
 * A status in words, with where the verdict comes from ("as the source states"), a source that
 * says otherwise, and a warning when it rests on a doubtful figure.
 */
export function StatusBadge({
  status,
  lang,
  interim,
  verdict,
}: {
  status: Status;
  lang: Lang;
  interim?: boolean;
  verdict?: Pick<Comparison, "verdictBasis" | "disagreement" | "doubtful">;
}) {
  const t = messages(lang);
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span
        className={`inline-flex items-center rounded border px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status].className}`}
        title={t.statusHint[status]}
      >
        {t.status[status]}
        {interim && status !== "on_track" && status !== "behind" ? ` (${t.chart.interim})` : ""}
      </span>
      {verdict?.verdictBasis === "stated" && (
        <span className="text-xs text-stone-700">· {t.verdict.stated}</span>
      )}
      {verdict?.disagreement && (
        <span className="text-xs text-stone-700">
          · {t.verdict.disagreement(t.status[verdict.disagreement])}
        </span>
      )}
      {verdict?.doubtful && (
        <span className="rounded border border-amber-400 bg-amber-50 px-1 text-xs text-amber-900">
          ⚠ {t.verdict.doubtful}
        </span>
      )}
    </span>
  );
}
