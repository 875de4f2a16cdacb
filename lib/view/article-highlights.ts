/** A figure's verbatim quote, to be found in its article's text. */
export type QuoteRef = { figureId: string; quote: string };

/**
 * Part of a highlighted passage. `link` is the figure the words link to: the figure with the
 * shortest quote covering them, so a short quote inside a long one keeps its own link. `anchors`
 * are the figures whose quote starts with these words (the targets of `#q-<figureId>`).
 */
type QuoteRun = { text: string; link: string; anchors: string[] };

/**
 * One highlighted passage: overlapping quotes merged into one, since marks nested in marks read
 * the same. `refs` lists every figure quoted in it (table order), for links to each figure row;
 * empty on every piece but the last when the passage crosses a paragraph break.
 */
export type QuoteSpan = { runs: QuoteRun[]; refs: string[] };

/** A paragraph: plain text and highlighted passages, in reading order. */
export type ArticleParagraph = Array<string | QuoteSpan>;

export type ArticleHighlights = {
  paragraphs: ArticleParagraph[];
  /** Figures whose quote is in the text: only these can link back to it. */
  placed: Set<string>;
  /** Figures whose quote is not in the text (an article changed after seeding). */
  missing: string[];
};

type Range = { start: number; end: number; figureId: string; order: number };
type Segment = { start: number; end: number; run: Omit<QuoteRun, "text"> | null; group: number };

/** Where each quote stands: its first occurrence (the loader checks only that it occurs). */
function locate(text: string, quotes: QuoteRef[]) {
  const ranges: Range[] = [];
  const missing: string[] = [];
  quotes.forEach(({ figureId, quote }, order) => {
    const start = quote === "" ? -1 : text.indexOf(quote);
    if (start < 0) missing.push(figureId);
    else ranges.push({ start, end: start + quote.length, figureId, order });
  });
  // Reading order; of two quotes starting together the longer comes first (it holds the other).
  ranges.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  return { ranges, missing };
}

/** Overlapping ranges, merged: each group is one highlighted passage. */
function groupRanges(ranges: Range[]): Range[][] {
  const groups: Range[][] = [];
  let end = -1;
  for (const r of ranges) {
    const last = groups.at(-1);
    if (last && r.start < end) last.push(r);
    else groups.push([r]);
    end = Math.max(end, r.end);
  }
  return groups;
}

/** A passage cut at every quote's start and end, so each run knows its link and anchors. */
function runsOf(group: Range[], index: number): Segment[] {
  const cuts = [...new Set(group.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = group.filter((r) => r.start <= start && r.end >= end);
    const inner = covering.reduce((a, b) =>
      b.end - b.start < a.end - a.start ||
      (b.end - b.start === a.end - a.start && b.order < a.order)
        ? b
        : a,
    );
    const anchors = group.filter((r) => r.start === start).map((r) => r.figureId);
    const prev = out.at(-1);
    // Fewer elements: words that change neither the link nor an anchor join the run before.
    if (prev?.run && prev.run.link === inner.figureId && anchors.length === 0) prev.end = end;
    else out.push({ start, end, run: { link: inner.figureId, anchors }, group: index });
  }
  return out;
}

/** The whole text as plain segments and quote runs, in order, with nothing left out. */
function segmentsOf(text: string, groups: Range[][]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  groups.forEach((group, index) => {
    const runs = runsOf(group, index);
    const start = runs[0]!.start;
    if (start > at) out.push({ start: at, end: start, run: null, group: -1 });
    out.push(...runs);
    at = runs.at(-1)!.end;
  });
  if (at < text.length) out.push({ start: at, end: text.length, run: null, group: -1 });
  return out;
}

/**
 * Splits an article into paragraphs (one per non-blank line, as the articles are written) and
 * marks every figure's quote in it, ready to render: no overlapping marks, every figure anchored.
 */
export function highlightArticle(text: string, quotes: QuoteRef[]): ArticleHighlights {
  const { ranges, missing } = locate(text, quotes);
  const groups = groupRanges(ranges);
  const refs = groups.map((g) => [...g].sort((a, b) => a.order - b.order).map((r) => r.figureId));
  const groupEnds = groups.map((g) => Math.max(...g.map((r) => r.end)));
  const segments = segmentsOf(text, groups);

  const paragraphs: ArticleParagraph[] = [];
  const lineBreak = /\r?\n/g;
  let lineStart = 0;
  let s = 0; // segments before s end at or before lineStart
  for (;;) {
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    if (text.slice(lineStart, lineEnd).trim() !== "") {
      const para: ArticleParagraph = [];
      let lastSpan = null as { span: QuoteSpan; group: number } | null;
      for (let i = s; i < segments.length && segments[i]!.start < lineEnd; i++) {
        const seg = segments[i]!;
        const from = Math.max(seg.start, lineStart);
        const to = Math.min(seg.end, lineEnd);
        if (from >= to) continue;
        const words = text.slice(from, to);
        if (!seg.run) {
          para.push(words);
          lastSpan = null;
          continue;
        }
        // A run cut by a line break keeps its anchors on the piece where the quote starts.
        const run = {
          text: words,
          link: seg.run.link,
          anchors: from === seg.start ? seg.run.anchors : [],
        };
        if (lastSpan?.group === seg.group) lastSpan.span.runs.push(run);
        else {
          lastSpan = { span: { runs: [run], refs: [] }, group: seg.group };
          para.push(lastSpan.span);
        }
        if (to === groupEnds[seg.group]) lastSpan.span.refs = refs[seg.group]!;
      }
      paragraphs.push(para);
    }
    if (!m) break;
    lineStart = m.index + m[0].length;
    while (s < segments.length && segments[s]!.end <= lineStart) s++;
  }
  return { paragraphs, placed: new Set(ranges.map((r) => r.figureId)), missing };
}

/** The writing direction of a language's script, for the `dir` attribute. */
export function directionOf(language: string): "rtl" | "ltr" {
  return ["ar", "fa", "he", "ur"].includes(language) ? "rtl" : "ltr";
}
