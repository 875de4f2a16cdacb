// npx tsx scripts/test-support/hostile-seeds.ts OUT_DIR — writes a seed folder for the output-safety
// tests: the curated seeds plus one locality and one article whose every curated text (names,
// title, quotes, glosses, notes) carries markup. The real loader loads it like any other seed;
// e2e/output-safety.spec.ts then checks that pages, SVG, CSV and JSON show it as text.
import fs from "node:fs";
import path from "node:path";

/** What an attacker would write into a news article or a curator into a note. */
export const MARKUP = `<img src=x onerror="alert('xss')"><script>alert("xss")</script>`;
export const HOSTILE = {
  slug: "xss-test",
  nameEn: `Xss <b>Test</b> ${MARKUP}`,
  nameVi: `Xã <b>Thử</b> ${MARKUP}`,
  sourceId: "900_hostile",
  title: `Markup in a title ${MARKUP}`,
  targetQuote: `the budget revenue target is 500 billion dong ${MARKUP}`,
  resultQuote: `budget revenue reached 612 billion dong </td></tr><tr><td>${MARKUP} =HYPERLINK("http://x")`,
  note: `A note with ${MARKUP} & "quotes"`,
} as const;

export function writeHostileSeeds(root: string, outDir: string): void {
  const seeds = path.join(root, "seeds");
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const sub of ["catalog", "sources", "articles"])
    fs.cpSync(path.join(seeds, sub), path.join(outDir, sub), { recursive: true });

  const localitiesFile = path.join(outDir, "catalog", "localities.json");
  const catalog = JSON.parse(fs.readFileSync(localitiesFile, "utf8"));
  catalog.localities.push({
    slug: HOSTILE.slug,
    nameVi: HOSTILE.nameVi,
    nameEn: HOSTILE.nameEn,
    level: "province",
    parent: null,
    successorEn: `Merged ${MARKUP}`,
    successorVi: `Đã hợp nhất ${MARKUP}`,
  });
  fs.writeFileSync(localitiesFile, JSON.stringify(catalog, null, 2));

  const figure = (kind: "target" | "actual", value: number, quote: string) => ({
    locality: HOSTILE.slug,
    indicator: "budget-revenue",
    period: "2024",
    kind,
    comparator: kind === "target" ? "gte" : "eq",
    value,
    basis: "level",
    quote,
    gloss: `${quote} (gloss)`,
    glossVi: `${quote} (giải nghĩa)`,
    note: HOSTILE.note,
    noteVi: HOSTILE.note,
  });
  const source = {
    source: {
      id: HOSTILE.sourceId,
      type: "article",
      language: "en",
      locality: HOSTILE.slug,
      title: HOSTILE.title,
      titleVi: HOSTILE.title,
      reports: `What it reports ${MARKUP}`,
      reportsVi: `Nội dung ${MARKUP}`,
      publishedOn: null,
      localityIdentification: `Named ${MARKUP}`,
      localityIdentificationVi: `Nêu tên ${MARKUP}`,
    },
    figures: [
      figure("target", 500, HOSTILE.targetQuote),
      figure("actual", 612, HOSTILE.resultQuote),
    ],
  };
  fs.writeFileSync(
    path.join(outDir, "sources", `${HOSTILE.sourceId}.json`),
    JSON.stringify(source, null, 2),
  );
  fs.writeFileSync(
    path.join(outDir, "articles", `${HOSTILE.sourceId}.txt`),
    `A test article.\n${HOSTILE.targetQuote}.\n${HOSTILE.resultQuote}.\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2];
  if (!out) throw new Error("usage: hostile-seeds.ts OUT_DIR");
  writeHostileSeeds(path.resolve(import.meta.dirname, "../.."), path.resolve(out));
}
