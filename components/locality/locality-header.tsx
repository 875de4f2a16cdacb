import Link from "next/link";
import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import type { LocalityView } from "@/lib/view/locality-view";

/** Name, level, parent and districts, how recent the data is, and what became of the unit. */
export function LocalityHeader({ v, lang }: { v: LocalityView; lang: Lang }) {
  const t = messages(lang);
  return (
    <header className="space-y-1">
      <h1 className="text-3xl font-bold">{v.name}</h1>
      <p className="text-stone-700">
        {v.levelLabel}
        {v.parent && (
          <>
            {" · "}
            <Link href={v.parent.href} className="text-red-800 underline">
              {v.parent.name}
            </Link>
          </>
        )}
        {v.children.length > 0 && " · "}
        {v.children.map((c, i) => (
          <span key={c.key}>
            {i > 0 && ", "}
            <Link href={c.href} className="text-red-800 underline">
              {c.name}
            </Link>
          </span>
        ))}
      </p>
      {v.data && (
        <p className="text-sm text-stone-700">
          {t.locality.dataAsOf(v.data.dataAsOf.published, v.data.dataAsOf.read)}
        </p>
      )}
      {v.successor && (
        <p className="text-sm text-stone-600">
          {t.locality.successor}: {v.successor}
        </p>
      )}
    </header>
  );
}
