import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { downloadName } from "@/lib/open-data/file-name";

/** Links to exactly the figures the page shows, as open data (CSV, JSON). */
export function DataDownloads({
  lang,
  query,
}: {
  lang: Lang;
  query: {
    locality?: string;
    indicator?: string;
    year?: number;
    status?: string;
    category?: string;
  };
}) {
  const t = messages(lang).download;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString() ? `?${q.toString()}` : "";
  // JSON is paged by default (a national year is eight pages); a download is the whole result.
  q.set("page", "all");

  return (
    <p className="flex gap-3 text-sm">
      <a
        href={`/api/figures.csv${s}`}
        className="text-red-800 underline"
        download={downloadName(query, "figures", "csv")}
      >
        {t.csv}
      </a>
      <a
        href={`/api/figures?${q.toString()}`}
        className="text-red-800 underline"
        download={downloadName(query, "figures", "json")}
      >
        {t.json}
      </a>
    </p>
  );
}
