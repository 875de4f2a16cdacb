import { describe, expect, it } from "vitest";
import { ALLOWED_METHODS, DELETE, methodNotAllowed, OPTIONS, PATCH, POST, PUT } from "./methods";

describe("methodNotAllowed", () => {
  it("answers 405 with Allow, the JSON error naming the method, and no-store", async () => {
    const res = methodNotAllowed(new Request("http://localhost/api/figures", { method: "POST" }));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({
      error: { parameter: "method", message: "method: POST is not allowed; use GET or HEAD" },
    });
  });

  it("is what every write method and OPTIONS get", async () => {
    for (const [method, handler] of [
      ["POST", POST],
      ["PUT", PUT],
      ["PATCH", PATCH],
      ["DELETE", DELETE],
      ["OPTIONS", OPTIONS],
    ] as const) {
      const res = handler(new Request("http://localhost/api/comparisons.csv", { method }));
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow"), method).toBe(ALLOWED_METHODS);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
        method,
      );
    }
  });
});
