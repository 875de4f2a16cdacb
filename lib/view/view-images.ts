import { STATUSES, type Status } from "../domain/enums";
import { STATUS_STYLE } from "../domain/status";
import type { Pill, VerdictCell } from "../export/image-text";
import { formatNumber } from "../format";
import type { Lang } from "../i18n/config";
import { messages } from "../i18n/messages";
import { sourceLine, type ExportSize, type SourceRow } from "./chart-export";
import { readableDate } from "./chart-labels";

/** The images of a whole view: a locality-year's bullet rows, an indicator across localities. */
export type ViewImage =
  | { view: "bullet"; locality: string; year: number }
  | { view: "indicator"; indicator: string; year: number; page?: number };

/**
 * `ninh-thuan_2024_bullet_vi.png`, `budget-revenue_2024_localities_en_document.svg` (page 2 of
 * the localities: `…_localities-2_en.png`): what the file holds, in its name, as exportFileName
 * names a single chart's.
 */
export function viewImageFileName(
  v: ViewImage,
  lang: Lang,
  size: ExportSize,
  ext: "png" | "svg",
): string {
  const what =
    v.view === "bullet"
      ? `${v.locality}_${v.year}_bullet`
      : `${v.indicator}_${v.year}_localities${v.page && v.page > 1 ? `-${v.page}` : ""}`;
  return `${what}_${lang}${size === "document" ? "_document" : ""}.${ext}`;
}

/** The route's query for an image: `view=bullet&locality=ninh-thuan&year=2024&lang=vi`. */
export function viewImageQuery(v: ViewImage, lang: Lang): string {
  const q = new URLSearchParams({ view: v.view });
  if (v.view === "bullet") q.set("locality", v.locality);
  else q.set("indicator", v.indicator);
  q.set("year", String(v.year));
  if (v.view === "indicator" && v.page && v.page > 1) q.set("page", String(v.page));
  q.set("lang", lang);
  return q.toString();
}

const style = (s: Status, label: string): Pill => ({
  label,
  color: STATUS_STYLE[s].color,
  background: STATUS_STYLE[s].background,
});

/**
 * A row's verdict from its words (lib/charts/bullet-text.ts, "Behind · as the source states ·
 * ⚠ rests on a doubtful figure"): the status as a pill, the rest as notes, and the doubtful
 * flag apart, since the image draws its ⚠ as a shape. No result: the status's own word.
 */
export function verdictOf(status: Status, verdict: string, lang: Lang): VerdictCell {
  const [first, ...rest] = verdict ? verdict.split(" · ") : [messages(lang).status[status]];
  const doubtful = rest.find((p) => p.startsWith("⚠ "));
  return {
    pill: style(status, first ?? ""),
    notes: rest.filter((p) => p !== doubtful),
    doubtful: doubtful ? doubtful.slice(2) : null,
  };
}

/** The status line: one pill per status present, in the statuses' order, with its count. */
export function tally(statuses: Status[], lang: Lang): Pill[] {
  const t = messages(lang);
  return STATUSES.flatMap((s) => {
    const n = statuses.filter((x) => x === s).length;
    return n === 0 ? [] : [style(s, t.viewImage.tally(t.status[s], formatNumber(n, lang)))];
  });
}

/** Sources of what is drawn, in order, then the permalink and the export date. */
export function footer(
  sourceIds: (string | undefined)[],
  sources: SourceRow[],
  permalink: string,
  exportedOn: string,
  lang: Lang,
) {
  const t = messages(lang);
  return {
    sources: sourceLine(
      sourceIds.filter((s): s is string => !!s),
      sources,
      lang,
    ),
    link: `${t.export.link}: ${permalink}`,
    exported: t.export.exported(readableDate(exportedOn, lang)),
  };
}
