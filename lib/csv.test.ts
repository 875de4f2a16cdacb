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

describe("the byte-order mark", () => {
  it("starts a document with EF BB BF when asked, and only then", async () => {
    const rows = [{ locality: "Hải Hà", value: 36000 }];
    const withBom = new TextEncoder().encode(toCsv(["locality", "value"], rows, { bom: true }));
    expect([...withBom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(withBom)).toBe("locality,value\r\nHải Hà,36000\r\n");
    expect(toCsv(["locality", "value"], rows).startsWith("locality,")).toBe(true);
  });
  it("is the first bytes of a stream, before the header row", async () => {
    async function* batches() {
      yield [{ locality: "Hải Hà", value: 36000 }];
    }
    const stream = csvStream(["locality", "value"], batches(), { bom: true });
    const first = await stream.getReader().read();
    expect([...(first.value ?? []).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const bytes = new Uint8Array(
      await new Response(csvStream(["locality", "value"], batches(), { bom: true })).arrayBuffer(),
    );
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(
      "\uFEFFlocality,value\r\nHải Hà,36000\r\n",
    );
  });
});
