import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import type { Status } from "@/lib/domain/enums";
import { STATUS_STYLE } from "@/lib/domain/status";

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
      className={`inline-flex items-center rounded border px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status].className}`}
      title={t.statusHint[status]}
    >
      {t.status[status]}
      {interim && status !== "on_track" && status !== "behind" ? ` (${t.chart.interim})` : ""}
    </span>
  );
}
