import { describe, expect, it } from "vitest";
import { publicOrigin, publicUrl } from "./site-url";

describe("publicUrl", () => {
  it("puts SITE_URL in front of the path when it is set", () => {
    expect(publicUrl("/vi/localities/hai-ha/2024", "https://chitieu.example.org/")).toBe(
      "https://chitieu.example.org/vi/localities/hai-ha/2024",
    );
    expect(publicOrigin("https://chitieu.example.org")).toBe("https://chitieu.example.org");
  });
  it("is the canonical path alone without SITE_URL: no host is guessed or read from a request", () => {
    expect(publicUrl("/vi/localities/hai-ha/2024#cmp-hai-ha", undefined)).toBe(
      "/vi/localities/hai-ha/2024#cmp-hai-ha",
    );
    expect(publicOrigin(undefined)).toBe("");
    expect(publicOrigin("")).toBe("");
  });
});
