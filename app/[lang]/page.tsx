import Link from "next/link";
import { getFigureCounts, getLocalities } from "@/lib/data/catalog";
import { messages } from "@/lib/i18n/messages";
import { langParam } from "@/lib/route-params";
import { localityName } from "@/lib/i18n/names";

export default async function OverviewPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = langParam((await params).lang);
  const t = messages(lang);
  const [localities, counts] = await Promise.all([getLocalities(), getFigureCounts()]);
  const provinces = localities.filter((l) => l.level === "province");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t.overview.title}</h1>
        <p className="mt-1 text-stone-700">{t.overview.intro}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2">
        {provinces.map((p) => {
          const districts = localities.filter((d) => d.parentSlug === p.slug);
          return (
            <li key={p.slug} className="rounded border border-stone-200 bg-white p-4">
              <h2 className="text-xl font-semibold">
                <Link href={`/${lang}/localities/${p.slug}`} className="text-red-800 underline">{localityName(p, lang)}</Link> <span className="text-sm font-normal text-stone-600">· {t.overview.province}</span>
              </h2>
              <p className="text-sm text-stone-700">{t.overview.figures(counts.get(p.slug) ?? 0)}</p>
              {districts.length > 0 && (
                <ul className="mt-2 space-y-1" aria-label={`${t.overview.districtsOf}: ${localityName(p, lang)}`}>
                  {districts.map((d) => (
                    <li key={d.slug}>
                      <Link href={`/${lang}/localities/${d.slug}`} className="text-red-800 underline">{localityName(d, lang)}</Link>{" "}
                      <span className="text-sm text-stone-600">
                        · {t.overview.district} · {t.overview.figures(counts.get(d.slug) ?? 0)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
