import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const installed = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8"))
    .version as string;
const parts = (v: string) => v.split("-")[0]!.split(".").map(Number);
function atLeast(version: string, minimum: string): boolean {
  const [a, b] = [parts(version), parts(minimum)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

// The registry's audit service is out of reach here, so the December 2025 React Server
// Components advisories (CVE-2025-55182 and its follow-ups CVE-2025-55183, CVE-2025-55184,
// CVE-2025-67779) are checked by version: react 19.2.4+ (and so 19.3), next 16.0.10+.
describe("installed versions carry the React Server Components fixes", () => {
  it.each([
    ["react", "19.2.4"],
    ["react-dom", "19.2.4"],
    ["next", "16.0.10"],
  ])("%s ≥ %s", (name, minimum) => {
    expect(atLeast(installed(name), minimum), `${name} ${installed(name)}`).toBe(true);
  });
  it("compares versions numerically", () => {
    expect(atLeast("19.10.0", "19.2.4")).toBe(true);
    expect(atLeast("19.2.3", "19.2.4")).toBe(false);
  });
});
