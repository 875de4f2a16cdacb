import { describe, expect, it } from "vitest";
import { siteOrigin } from "./site-url";

describe("siteOrigin", () => {
  it("uses the request host", () => {
    expect(siteOrigin(new Headers({ host: "127.0.0.1:3200" }))).toBe("http://127.0.0.1:3200");
    expect(
      siteOrigin(
        new Headers({ host: "a", "x-forwarded-host": "chitieu.vn", "x-forwarded-proto": "https" }),
      ),
    ).toBe("https://chitieu.vn");
  });
  it("does not echo a malformed host", () => {
    expect(siteOrigin(new Headers({ host: "<script>x</script>" }))).toBe("http://localhost");
  });
});
