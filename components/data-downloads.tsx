import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { downloadName } from "@/lib/open-data/file-name";

/**
 * Links to exactly what the page shows, as open data (CSV, JSON): its figures, or (the review
 * page) its comparisons.
 */
export function DataDownloads({
  lang,
  query,
  list = "figures",
}: {
  lang: Lang;
  query: {
    locality?: string;
    indicator?: string;
    year?: number;
    status?: string;
    category?: string;
    verdictBasis?: string;
    province?: string;
  };
  list?: "figures" | "comparisons";
}) {
  const t = messages(lang).download;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString() ? `?${q.toString()}` : "";
  // JSON is paged by default (a national year is eight pages); a download is the whole result.
  q.set("page", "all");
  // Named as /api/comparisons.csv names its download (lib/open-data/file-name.ts).
  const tagged = list !== "figures";

  return (
    <p className="flex gap-3 text-sm">
      <a
        href={`/api/${list}.csv${s}`}
        className="text-red-800 underline"
        download={downloadName(query, list, "csv", { tagged })}
      >
        {t.csv}
      </a>
      <a
        href={`/api/${list}?${q.toString()}`}
        className="text-red-800 underline"
        download={downloadName(query, list, "json", { tagged })}
      >
        {t.json}
      </a>
    </p>
  );
}
