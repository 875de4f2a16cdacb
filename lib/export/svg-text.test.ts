import { describe, expect, it } from "vitest";
import { escapeXml, px, wrapText } from "./svg-text";

describe("escapeXml", () => {
  it("escapes markup so it stays text", () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
    expect(escapeXml("a\u0000b")).toBe("ab");
  });
});

describe("wrapText", () => {
  it("wraps at spaces and ellipses past the last line", () => {
    expect(wrapText("Tổng giá trị sản xuất năm 2024 của huyện Hải Hà", 20)).toEqual([
      "Tổng giá trị sản",
      "xuất năm 2024 của",
      "huyện Hải Hà",
    ]);
    expect(wrapText("one two three four five six", 9, 2)).toEqual(["one two", "three…"]);
  });
});

describe("px", () => {
  it("rounds and refuses non-finite numbers", () => {
    expect(px(12.345)).toBe("12.3");
    expect(px(Number.NaN)).toBe("0");
  });
});
