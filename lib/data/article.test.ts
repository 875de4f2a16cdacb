import { describe, expect, it, vi } from "vitest";

// The `server-only` guard throws outside a React Server Components build.
vi.mock("server-only", () => ({}));
const { getArticleText } = await import("./article");

describe("getArticleText", () => {
  it("reads a seed article whole, the text its quotes were checked against", async () => {
    const text = await getArticleText("003_a07391bbfb521831");
    expect(text).toContain(
      "Der Bezirk Hai Ha strebt einen Gesamtproduktionswert von mehr als 36.000 Milliarden VND an",
    );
    expect(text?.endsWith("Kommentar (0)")).toBe(true);
  });

  it("answers null for a source with no article file, or an id that is not a file name", async () => {
    expect(await getArticleText("web-hai-ha-2024-full-year")).toBeNull();
    expect(await getArticleText("../sources/003_a07391bbfb521831")).toBeNull();
    expect(await getArticleText("")).toBeNull();
  });
});
