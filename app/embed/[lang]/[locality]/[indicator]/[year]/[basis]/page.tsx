import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isKnownView } from "@/lib/data/known-views";
import { z } from "zod";
import { getLocalityPage } from "@/lib/data/locality";
import { BASES } from "@/lib/domain/enums";
import { slugSchema } from "@/lib/domain/slug";
import { LANGS } from "@/lib/i18n/config";
import { localityName } from "@/lib/i18n/names";
import { yearSchema } from "@/lib/open-data/query";
import { comparisonTitle } from "@/lib/view/comparison-view";
import { EmbedCard } from "./embed-card";

type Props = {
  params: Promise<{
    lang: string;
    locality: string;
    indicator: string;
    year: string;
    basis: string;
  }>;
};

// Rendered on first request and cached like every view: the data changes only with a new seed.
export const dynamic = "force-static";
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const paramsSchema = z.strictObject({
  lang: z.enum(LANGS),
  locality: slugSchema.max(80),
  indicator: slugSchema.max(80),
  year: yearSchema,
  basis: z.enum(BASES),
});

/** The chart the path names, or the 404 page: a malformed segment, or no such comparison. */
async function embedded(params: Props["params"]) {
  const p = paramsSchema.safeParse(await params);
  if (!p.success) notFound();
  const { lang, locality, indicator, year, basis } = p.data;
  if (!(await isKnownView({ locality, indicator, year }))) notFound();
  const page = await getLocalityPage(locality, year);
  const data = page?.data;
  const c = data?.comparisons.find((x) => x.indicator === indicator && x.basis === basis);
  const detail = data?.indicators.find((i) => i.slug === indicator);
  if (!page || !data || !c || !detail) notFound();
  return {
    lang,
    c,
    indicator: detail,
    figures: data.figures,
    name: localityName(page.locality, lang),
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = await embedded(params);
  return { title: `${comparisonTitle(e.c, e.indicator, e.lang)} — ${e.name}, ${e.c.year}` };
}

export default async function EmbedPage({ params }: Props) {
  const e = await embedded(params);
  return (
    <EmbedCard
      c={e.c}
      indicator={e.indicator}
      figures={e.figures}
      localityName={e.name}
      lang={e.lang}
    />
  );
}
