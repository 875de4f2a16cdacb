import { describe, expect, it } from "vitest";
import { csvCell, csvStream, toCsv } from "./csv";

describe("csvCell", () => {
  it("keeps numbers as numbers, including negative ones", () => {
    expect(csvCell(36000)).toBe("36000");
    expect(csvCell(-4.44)).toBe("-4.44");
    expect(csvCell(null)).toBe("");
  });
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("a\nb")).toBe('"a\nb"');
  });
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])(
    "neutralises formula-leading %j",
    (text) => {
      expect(csvCell(text).replace(/^"/, "").startsWith("'")).toBe(true);
    },
  );
});

describe("toCsv", () => {
  it("writes a header and CRLF rows", () => {
    expect(toCsv(["a", "b"], [{ a: 1, b: "x,y" }])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe("csvStream", () => {
  it("writes the same document as toCsv, batch by batch", async () => {
    async function* batches() {
      yield [{ a: 1, b: "x,y" }];
      yield [];
      yield [
        { a: -2, b: "=cmd" },
        { a: 3, b: null },
      ];
    }
    const text = await new Response(csvStream(["a", "b"], batches())).text();
    expect(text).toBe(
      toCsv(
        ["a", "b"],
        [
          { a: 1, b: "x,y" },
          { a: -2, b: "=cmd" },
          { a: 3, b: null },
        ],
      ),
    );
  });
});
