import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, pageScriptPolicy } from "./page-policy.cjs";

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");

describe("pageScriptPolicy", () => {
  // The shape Next writes: script files, an inline bootstrap, page data in inline pushes.
  const html = [
    '<html><head><script src="/_next/static/chunks/a.js" async=""></script>',
    '<script id="_R_">self.__next_r="x"</script></head><body>',
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    '<script>self.__next_f.push([1,"Hải Hà \\u003c/script\\u003e"])</script>',
    "<SCRIPT>(self.__next_f=self.__next_f||[]).push([0])</SCRIPT></body></html>",
  ].join("");

  it("hashes each distinct inline script's UTF-8 text, and no script file", () => {
    expect(inlineScriptHashes(html)).toEqual([
      sha('self.__next_r="x"'),
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
      sha('self.__next_f.push([1,"Hải Hà \\u003c/script\\u003e"])'),
    ]);
  });

  it("allows this site's files and those scripts only: no unsafe-inline, no eval", () => {
    const policy = pageScriptPolicy(html);
    expect(policy.startsWith("script-src 'self' 'sha256-")).toBe(true);
    expect(policy.match(/'sha256-[A-Za-z0-9+/]+=*'/g)).toHaveLength(3);
    expect(policy).not.toMatch(/unsafe/);
  });

  it("is just the site's files for a page without inline scripts", () => {
    expect(pageScriptPolicy("<p>no scripts</p>")).toBe("script-src 'self'");
  });
});
