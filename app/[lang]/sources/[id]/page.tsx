import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSourcePage } from "@/lib/data/source";
import { messages, periodLabel } from "@/lib/i18n/messages";
import { indicatorName, localityName } from "@/lib/i18n/names";
import { langParam, sourceIdParam } from "@/lib/route-params";
import { indicatorHref } from "@/lib/links";
import { statedText } from "@/lib/view/comparison-view";
import { TableHead } from "@/components/table-head";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const page = await getSourcePage(sourceIdParam(p.id));
  if (!page) notFound();
  return { title: p.lang === "vi" ? page.source.titleVi : page.source.title };
}

export default async function SourcePage({ params }: Props) {
  const p = await params;
  const lang = langParam(p.lang);
  const page = await getSourcePage(sourceIdParam(p.id));
  if (!page) notFound();
  const t = messages(lang);
  const { source, figures, indicators, periods } = page;
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const dir = source.language === "ar" ? "rtl" : "ltr";
  const vi = lang === "vi";
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-stone-600">
          {t.source.title} · {source.id}
        </p>
        <h1 className="text-3xl font-bold">{vi ? source.titleVi : source.title}</h1>
      </header>
      <dl className="grid gap-x-6 gap-y-2 rounded border border-stone-200 bg-white p-4 text-sm md:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.source.language}</dt>
        <dd>{t.source.languages[source.language] ?? source.language}</dd>
        <dt className="font-semibold">{t.source.locality}</dt>
        <dd>
          <Link
            href={`/${lang}/localities/${source.locality.slug}`}
            className="text-red-800 underline"
          >
            {localityName(source.locality, lang)}
          </Link>
        </dd>
        <dt className="font-semibold">{t.source.period}</dt>
        <dd>{periods.map((x) => periodLabel(x, lang)).join(", ")}</dd>
        <dt className="font-semibold">{t.source.published}</dt>
        <dd>{source.publishedOn ?? t.source.unknownDate}</dd>
        {source.url && (
          <>
            <dt className="font-semibold">{t.source.url}</dt>
            <dd className="break-all">
              <a href={source.url} className="text-red-800 underline" rel="noopener noreferrer">
                {source.url}
              </a>
            </dd>
            <dt className="font-semibold">{t.source.publisher}</dt>
            <dd>{source.publisher}</dd>
            <dt className="font-semibold">{t.source.authority}</dt>
            <dd>{t.source.authorities[source.authority ?? ""] ?? source.authority}</dd>
            <dt className="font-semibold">{t.source.retrieved}</dt>
            <dd>{source.retrievedOn}</dd>
          </>
        )}
        <dt className="font-semibold">{t.source.reports}</dt>
        <dd>{vi ? source.reportsVi : source.reports}</dd>
        <dt className="font-semibold">{t.source.identification}</dt>
        <dd>{vi ? source.localityIdentificationVi : source.localityIdentification}</dd>
      </dl>
      <section aria-labelledby="figures" className="space-y-2">
        <h2 id="figures" className="text-xl font-semibold">
          {t.source.figures} ({figures.length})
        </h2>
        <table className="w-full text-left text-sm">
          <TableHead
            caption={t.source.figures}
            columns={[
              t.indicator.title,
              t.chart.period,
              t.chart.kind,
              t.chart.statedAs,
              t.provenance.quote,
            ]}
          />
          <tbody>
            {figures.map((f) => {
              const ind = bySlug.get(f.indicatorSlug);
              return (
                <tr
                  key={f.id}
                  id={`figure-${f.id}`}
                  className="border-b border-stone-100 align-top"
                >
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link
                      href={indicatorHref(lang, f.indicatorSlug, f.year)}
                      className="text-red-800 underline"
                    >
                      {ind ? indicatorName(ind, lang) : f.indicatorSlug}
                    </Link>
                    {f.localitySlug !== source.localitySlug && (
                      <span className="block text-xs text-stone-600">{f.localitySlug}</span>
                    )}
                  </th>
                  <td className="py-2 pr-3">{periodLabel(f.period, lang)}</td>
                  <td className="py-2 pr-3">{t.kind[f.kind]}</td>
                  <td className="py-2 pr-3">
                    {statedText(f, lang)}
                    {t.basis[f.basis] ? (
                      <span className="block text-xs text-stone-600">{t.basis[f.basis]}</span>
                    ) : null}
                  </td>
                  <td className="py-2">
                    <blockquote lang={source.language} dir={dir} className="italic">
                      {f.quote}
                    </blockquote>
                    <p className="mt-1 text-stone-700">{vi ? f.glossVi : f.gloss}</p>
                    {f.flagReason && (
                      <p className="mt-1 text-xs text-amber-900">
                        ⚠ {t.provenance.doubtful}: {vi ? f.flagReasonVi : f.flagReason}
                      </p>
                    )}
                    {f.note && (
                      <p className="mt-1 text-xs text-stone-600">
                        {t.provenance.note}: {vi ? (f.noteVi ?? f.note) : f.note}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
