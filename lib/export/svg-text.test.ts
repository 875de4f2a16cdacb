import { describe, expect, it } from "vitest";
import { escapeXml, fitsWidth, px, svgText, textWidth, wrapText } from "./svg-text";

describe("escapeXml", () => {
  it("escapes markup so it stays text", () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
    expect(escapeXml("a\u0000b")).toBe("ab");
  });
});

describe("wrapText", () => {
  const chars = (n: number) => (line: string) => line.length <= n;
  it("wraps at spaces and never drops or ellipses anything", () => {
    expect(wrapText("Tổng giá trị sản xuất năm 2024 của huyện Hải Hà", chars(20))).toEqual([
      "Tổng giá trị sản",
      "xuất năm 2024 của",
      "huyện Hải Hà",
    ]);
    const long = "one two three four five six seven eight nine ten";
    const lines = wrapText(long, chars(9));
    expect(lines.join(" ")).toBe(long);
    expect(lines.join("")).not.toContain("…");
  });
  it("cuts a word longer than a line (a permalink) between characters, keeping all of it", () => {
    const url = "/vi/localities/hai-ha/2024#cmp-hai-ha-total-production-value-2024-level";
    const lines = wrapText(`Liên kết: ${url}`, chars(30));
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join("").replace("Liên kết:", "")).toBe(url);
  });
});

describe("textWidth", () => {
  it("measures with the font's advance widths: bold is wider, Vietnamese marks add nothing", () => {
    expect(textWidth("Hai Ha", 20)).toBeCloseTo(textWidth("Hải Hà", 20), 0);
    expect(textWidth("36,000", 16, true)).toBeGreaterThan(textWidth("36,000", 16));
    expect(fitsWidth(100, 16)("Chỉ tiêu")).toBe(true);
    expect(fitsWidth(40, 16)("Chỉ tiêu > 36.000 tỷ đồng")).toBe(false);
  });
});

describe("svgText", () => {
  it("keeps a line in one text element when the UI font draws it all", () => {
    expect(svgText(10, 20, "Chỉ tiêu > 36.000 tỷ đồng", 15, { role: "target-label" })).toMatch(
      /^<text data-role="target-label" [^>]*>Chỉ tiêu &gt; 36.000 tỷ đồng<\/text>$/,
    );
  });
  it("sets ≥ apart, so the rasteriser does not redraw the whole line in its fallback font", () => {
    const s = svgText(10, 20, "Target ≥ 4,000 bn VND", 15, { weight: 700, role: "target-label" });
    const texts = [...s.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(["Target ", "≥ ", "4,000 bn VND"]);
    expect(s.startsWith('<g data-role="target-label">')).toBe(true);
    const xs = [...s.matchAll(/<text [^>]*?x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs[0]).toBe(10);
    expect(xs[1]).toBeCloseTo(10 + textWidth("Target ", 15, true), 0);
  });
});

describe("px", () => {
  it("rounds and refuses non-finite numbers", () => {
    expect(px(12.345)).toBe("12.3");
    expect(px(Number.NaN)).toBe("0");
  });
});
