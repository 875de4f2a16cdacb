import type { FigureDetail } from "@/lib/data/comparisons";
import type { Lang } from "@/lib/i18n/config";
import { messages, periodLabel } from "@/lib/i18n/messages";
import { provenanceOf, reportedText, statedText } from "@/lib/view/comparison-view";
import { ProvenanceDisclosure } from "./provenance";
import { TableHead } from "./table-head";
import { TableScroll } from "./table-scroll";

/**
 * The data behind a chart as a table: every target and result as stated. Each value opens the
 * sentence it came from. `extra` rows carry what is not a curated figure (a derived target).
 */
export function FigureTable({
  figures,
  lang,
  caption,
  extra,
}: {
  figures: FigureDetail[];
  lang: Lang;
  caption: string;
  extra?: { kind: string; period: string; value: string; note: string }[];
}) {
  const t = messages(lang);
  const rows = [...figures].sort((a, b) =>
    a.kind === b.kind ? a.period.localeCompare(b.period) : a.kind === "target" ? -1 : 1,
  );
  return (
    <TableScroll label={caption} lang={lang}>
      <table className="w-full text-left text-sm">
        <TableHead caption={caption} columns={[t.chart.kind, t.chart.period, t.chart.statedAs]} />
        <tbody>
          {rows.map((f) => (
            <tr key={f.id} className="fig-row">
              <td>{t.kind[f.kind]}</td>
              <td>{periodLabel(f.period, lang)}</td>
              <td>
                <ProvenanceDisclosure p={provenanceOf(f, lang)} lang={lang}>
                  {statedText(f, lang)}
                  {f.outcomeType && (
                    <span className="text-stone-600">
                      {" "}
                      · {reportedText({ type: f.outcomeType, value: f.outcomeValue }, lang)}
                    </span>
                  )}
                </ProvenanceDisclosure>
              </td>
            </tr>
          ))}
          {extra?.map((e) => (
            <tr key={`${e.kind}-${e.period}`} className="fig-row">
              <td>{e.kind}</td>
              <td>{e.period}</td>
              <td>
                {e.value} <span className="block text-xs text-stone-600">{e.note}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
