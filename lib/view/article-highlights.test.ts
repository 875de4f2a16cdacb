import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  directionOf,
  highlightArticle,
  type ArticleHighlights,
  type QuoteRef,
  type QuoteSpan,
} from "./article-highlights";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");

/** An article's text and its figures' quotes, ids f0, f1, … in the seed file's order. */
function article(id: string): { text: string; quotes: QuoteRef[] } {
  const text = fs.readFileSync(path.join(SEEDS, "articles", `${id}.txt`), "utf8");
  const seed = JSON.parse(fs.readFileSync(path.join(SEEDS, "sources", `${id}.json`), "utf8")) as {
    figures: { quote: string }[];
  };
  return { text, quotes: seed.figures.map((f, i) => ({ figureId: `f${i}`, quote: f.quote })) };
}

const spans = (h: ArticleHighlights): QuoteSpan[] =>
  h.paragraphs.flat().filter((p): p is QuoteSpan => typeof p !== "string");
const spanText = (s: QuoteSpan) => s.runs.map((r) => r.text).join("");
const paragraphText = (p: ArticleHighlights["paragraphs"][number]) =>
  p.map((x) => (typeof x === "string" ? x : spanText(x))).join("");

const HAI_HA = "003_a07391bbfb521831";
const TARGET =
  "Der Bezirk Hai Ha strebt einen Gesamtproduktionswert von mehr als 36.000 Milliarden VND an";

describe("highlightArticle on the Hải Hà article (German)", () => {
  const { text, quotes } = article(HAI_HA);
  const h = highlightArticle(text, quotes);

  it("marks the 2024 total production value target as one passage linking to its figure", () => {
    const span = spans(h).find((s) => spanText(s).includes("36.000 Milliarden VND"));
    expect(span).toEqual({ runs: [{ text: TARGET, link: "f0", anchors: ["f0"] }], refs: ["f0"] });
  });

  it("places every one of its 30 figures, none missing", () => {
    expect(h.missing).toEqual([]);
    expect(h.placed.size).toBe(30);
  });

  it("anchors each figure exactly once, and lists it under exactly one passage", () => {
    const anchors = spans(h).flatMap((s) => s.runs.flatMap((r) => r.anchors));
    const refs = spans(h).flatMap((s) => s.refs);
    const ids = quotes.map((q) => q.figureId).sort();
    expect([...anchors].sort()).toEqual(ids);
    expect([...refs].sort()).toEqual(ids);
  });

  it("gives a quote shared by two figures one passage that lists both", () => {
    const span = spans(h).find((s) => spanText(s).includes("19.658 Milliarden VND"));
    const shared = quotes.filter((q) => q.quote.includes("19.658 Milliarden VND"));
    expect(shared.length).toBeGreaterThan(1);
    expect(span?.refs).toEqual(shared.map((q) => q.figureId));
    expect(span?.runs).toHaveLength(1);
    expect(span?.runs[0]?.anchors).toEqual(shared.map((q) => q.figureId));
  });

  it("keeps the article's lines as paragraphs, word for word", () => {
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    expect(h.paragraphs.map(paragraphText)).toEqual(lines);
    expect(h.paragraphs[0]).toEqual([lines[0]]); // the introduction quotes no figure
    expect(paragraphText(h.paragraphs.at(-1)!)).toBe("Kommentar (0)");
  });
});

describe("highlightArticle with overlapping quotes", () => {
  it("merges a quote inside a longer one (Bắc Ái poverty rate, Thai) and keeps both links", () => {
    const { text, quotes } = article("000_166f1fcf70f60de1");
    const h = highlightArticle(text, quotes);
    const span = spans(h).find((s) => spanText(s).includes("อัตราความยากจนลดลงเหลือ 22.01%"))!;
    const short = quotes.find((q) => q.quote === "อัตราความยากจนลดลงเหลือ 22.01%")!;
    const long = quotes.find(
      (q) => q.quote !== short.quote && q.quote.startsWith("อัตราความยากจนลดลงเหลือ 22.01%"),
    )!;
    expect(spanText(span)).toBe(long.quote);
    expect(span.runs[0]).toEqual({
      text: short.quote,
      link: short.figureId,
      anchors: [long.figureId, short.figureId],
    });
    expect(span.runs[1]?.link).toBe(long.figureId);
    expect(span.refs).toEqual(
      quotes.filter((q) => q === short || q === long).map((q) => q.figureId),
    );
  });

  it("places every quote of all five articles, Arabic included", () => {
    for (const id of fs.readdirSync(path.join(SEEDS, "articles"))) {
      const { text, quotes } = article(id.replace(/\.txt$/, ""));
      const h = highlightArticle(text, quotes);
      expect(h.missing, id).toEqual([]);
      for (const q of quotes)
        expect(
          spans(h).some((s) => spanText(s).includes(q.quote)),
          `${id} ${q.figureId}`,
        ).toBe(true);
    }
  });

  it("merges quotes that cross, each run linking to the shortest quote over it", () => {
    const h = highlightArticle("one two three four", [
      { figureId: "a", quote: "one two three" },
      { figureId: "b", quote: "three four" },
    ]);
    expect(h.paragraphs).toEqual([
      [
        {
          runs: [
            { text: "one two ", link: "a", anchors: ["a"] },
            { text: "three four", link: "b", anchors: ["b"] },
          ],
          refs: ["a", "b"],
        },
      ],
    ]);
  });

  it("leaves touching quotes apart and a quote not in the text unplaced", () => {
    const h = highlightArticle("ab", [
      { figureId: "a", quote: "a" },
      { figureId: "b", quote: "b" },
      { figureId: "x", quote: "zzz" },
      { figureId: "e", quote: "" },
    ]);
    expect(spans(h).map((s) => s.refs)).toEqual([["a"], ["b"]]);
    expect(h.missing).toEqual(["x", "e"]);
    expect([...h.placed]).toEqual(["a", "b"]);
  });

  it("splits a quote across a line break, anchored where it starts and listed where it ends", () => {
    const h = highlightArticle("Intro.\n\nFirst half\nsecond half. Rest\n", [
      { figureId: "q", quote: "half\nsecond" },
    ]);
    expect(h.paragraphs).toEqual([
      ["Intro."],
      ["First ", { runs: [{ text: "half", link: "q", anchors: ["q"] }], refs: [] }],
      [{ runs: [{ text: "second", link: "q", anchors: [] }], refs: ["q"] }, " half. Rest"],
    ]);
  });
});

describe("directionOf", () => {
  it("writes Arabic right to left and the other article languages left to right", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(["th", "de", "en", "vi"].map(directionOf)).toEqual(["ltr", "ltr", "ltr", "ltr"]);
  });
});
