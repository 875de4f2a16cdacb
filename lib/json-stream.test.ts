import { describe, expect, it } from "vitest";
import { jsonStream } from "./json-stream";

describe("jsonStream", () => {
  it("writes the same document as one page holding every row, batch by batch", async () => {
    const rows = [
      { a: 1, b: "Hải Hà" },
      { a: -2, b: null },
      { a: 3, b: '"</script>' },
    ];
    async function* batches() {
      yield [];
      yield rows.slice(0, 1);
      yield [];
      yield rows.slice(1);
    }
    const text = await new Response(jsonStream("figures", batches())).text();
    expect(text).toBe(JSON.stringify({ figures: rows, page: 1, pages: 1 }));
  });

  it("writes an empty list when there are no rows", async () => {
    async function* none() {}
    expect(JSON.parse(await new Response(jsonStream("comparisons", none())).text())).toEqual({
      comparisons: [],
      page: 1,
      pages: 1,
    });
  });
});
