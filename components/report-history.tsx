import type { FigureDetail } from "@/lib/domain/figure";
import type { Comparison } from "@/lib/domain/types";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import { sourceHref } from "@/lib/links";
import { statedText } from "@/lib/view/comparison-view";

/**
 * The other reports of the result the verdict uses: replaced (an estimate before the final
 * figure, an earlier or lower-standing report) or disagreeing — kept, never hidden.
 */
export function ReportHistory({
  c,
  figures,
  lang,
}: {
  c: Comparison;
  figures: FigureDetail[];
  lang: Lang;
}) {
  if (!c.actual || c.others.length === 0) return null;
  const t = messages(lang);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const chosen = byId.get(c.actual.figureId);
  const line = (f: FigureDetail) =>
    `${statedText(f, lang)} · ${periodLabel(f.period, lang)}${f.estimated ? ` · ${t.history.estimate}` : ""}`;
  const title = (f: FigureDetail) => (lang === "vi" ? f.sourceTitleVi : f.sourceTitle);
  return (
    <div className="rounded border border-stone-200 bg-stone-50 p-2 text-sm">
      <p className="font-semibold">{t.history.title}</p>
      {/* Two lines apart at least, so each source link keeps a 24 px target (WCAG 2.5.8). */}
      <ul className="space-y-2 leading-6">
        {chosen && (
          <li>
            <span className="font-semibold">{t.history.used}:</span> {line(chosen)} —{" "}
            <a href={sourceHref(lang, chosen.sourceId)} className="text-red-800 underline">
              {title(chosen)}
            </a>
          </li>
        )}
        {c.others.map((o) => {
          const f = byId.get(o.figureId);
          if (!f) return null;
          return (
            <li key={o.figureId} className={o.relation === "disagrees" ? "text-amber-900" : ""}>
              <span className="font-semibold">
                {o.relation === "disagrees" ? `⚠ ${t.verdict.disagrees}` : t.verdict.superseded}:
              </span>{" "}
              {line(f)} —{" "}
              <a href={sourceHref(lang, f.sourceId)} className="text-red-800 underline">
                {title(f)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
