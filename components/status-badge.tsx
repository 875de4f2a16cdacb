import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import type { Status } from "@/lib/domain/enums";

// Colours pass WCAG AA for text on their backgrounds; the word is always shown, never colour alone.
export const STATUS_STYLE: Record<Status, string> = {
  exceeded: "bg-emerald-100 text-emerald-900 border-emerald-300",
  achieved: "bg-green-100 text-green-900 border-green-300",
  missed: "bg-red-100 text-red-900 border-red-300",
  on_track: "bg-sky-100 text-sky-900 border-sky-300",
  behind: "bg-amber-100 text-amber-900 border-amber-300",
  as_reported: "bg-violet-100 text-violet-900 border-violet-300",
  pending: "bg-stone-100 text-stone-800 border-stone-300",
  no_target: "bg-white text-stone-700 border-stone-300",
};

export function StatusBadge({
  status,
  lang,
  interim,
}: {
  status: Status;
  lang: Lang;
  interim?: boolean;
}) {
  const t = messages(lang);
  return (
    <span
      className={`inline-flex items-center rounded border px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}
      title={t.statusHint[status]}
    >
      {t.status[status]}
      {interim && status !== "on_track" && status !== "behind" ? ` (${t.chart.interim})` : ""}
    </span>
  );
}
