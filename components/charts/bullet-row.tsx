import type { BulletRow } from "@/lib/charts/bullet-data";
import { bulletText } from "@/lib/charts/bullet-text";
import type { IndicatorDetail } from "@/lib/data/comparisons";
import type { Comparison } from "@/lib/domain/types";
import { STATUS_STYLE } from "@/lib/domain/status";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { comparisonTitle } from "@/lib/view/comparison-view";
import { StatusBadge } from "../status-badge";
import { BulletSvg } from "./bullet-svg";

/**
 * One indicator as a compact row: its name (a link to the detailed card), the verdict, the
 * bullet drawing, and every number as text beneath it, so nothing depends on reading the marks.
 */
export function BulletRowItem({
  row,
  lang,
}: {
  row: BulletRow<Comparison, IndicatorDetail>;
  lang: Lang;
}) {
  const t = messages(lang);
  const c = row.comparison;
  const name = comparisonTitle(c, row.indicator, lang);
  const text = bulletText(row, name, lang);
  const flipped = row.indicator.direction === "lower";
  return (
    <li
      id={row.id}
      className="grid gap-x-4 gap-y-1 py-2 break-inside-avoid sm:grid-cols-[minmax(0,15rem)_minmax(0,1fr)]"
    >
      <div className="min-w-0 space-y-1">
        <a href={row.href} className="font-medium break-words text-red-800 underline">
          {name}
        </a>
        {flipped && <span className="text-xs text-stone-600"> ⇄ {t.bullet.lowerMark}</span>}
        {c.status !== "no_result" && (
          <div>
            <StatusBadge status={c.status} lang={lang} interim={c.interim} verdict={c} />
          </div>
        )}
      </div>
      <div className="min-w-0 space-y-1">
        {row.chart && (
          <BulletSvg
            g={row.chart}
            id={row.id}
            color={STATUS_STYLE[c.status].color}
            alt={text.alt}
          />
        )}
        <p className="text-xs break-words text-stone-800">
          {[text.target, text.result, text.share, text.elapsed].filter(Boolean).join(" · ")}
        </p>
      </div>
    </li>
  );
}
