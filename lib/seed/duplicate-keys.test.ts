import { describe, expect, it } from "vitest";
import { describeDuplicateKey, findDuplicateKeys } from "./duplicate-keys";
import { formatPath } from "./paths";

describe("findDuplicateKeys", () => {
  it("finds nothing in JSON without repeated keys, including equal keys in different objects", () => {
    expect(findDuplicateKeys('{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}')).toEqual([]);
    expect(findDuplicateKeys("[]")).toEqual([]);
    expect(findDuplicateKeys('"just a string"')).toEqual([]);
  });

  it("finds a repeated key in a figure, with the field path and both lines", () => {
    const text = [
      "{", // 1
      '  "figures": [', // 2
      '    { "value": 1 },', // 3
      "    {", // 4
      '      "value": 36000,', // 5
      '      "basis": "level",', // 6
      '      "value": 36001', // 7
      "    }", // 8
      "  ]", // 9
      "}", // 10
    ].join("\n");
    const found = findDuplicateKeys(text);
    expect(found).toEqual([{ path: ["figures", 1, "value"], key: "value", line: 7, firstLine: 5 }]);
    expect(formatPath(found[0]!.path)).toBe("figures[1].value");
    expect(describeDuplicateKey(found[0]!)).toBe('duplicate key "value" (line 7; first at line 5)');
  });

  it("finds a repeated key at the top level", () => {
    expect(findDuplicateKeys('{"source":{},\n"source":{}}')).toEqual([
      { path: ["source"], key: "source", line: 2, firstLine: 1 },
    ]);
  });

  it("finds repeats at several depths, each once per extra occurrence", () => {
    const found = findDuplicateKeys('{"x":{"k":1,"k":2,"k":3},"y":[[{"z":0,"z":0}]]}');
    expect(found.map((d) => formatPath(d.path))).toEqual(["x.k", "x.k", "y[0][0].z"]);
  });

  it("compares keys after unescaping, as JSON.parse does", () => {
    const text = '{"value":1,"\\u0076alue":2}';
    expect(Object.keys(JSON.parse(text))).toEqual(["value"]); // JSON.parse merges them too
    expect(findDuplicateKeys(text).map((d) => d.key)).toEqual(["value"]);
  });

  it("treats keys that name Object.prototype members as ordinary keys", () => {
    expect(findDuplicateKeys('{"__proto__":1,"constructor":2,"toString":3}')).toEqual([]);
    expect(findDuplicateKeys('{"__proto__":1,"__proto__":2}').map((d) => d.key)).toEqual([
      "__proto__",
    ]);
  });

  it("is case-sensitive and does not confuse a key with a string value", () => {
    expect(findDuplicateKeys('{"Value":1,"value":2,"note":"value"}')).toEqual([]);
  });

  it("counts lines across CRLF line endings", () => {
    expect(findDuplicateKeys('{\r\n"a": 1,\r\n"a": 2\r\n}')).toEqual([
      { path: ["a"], key: "a", line: 3, firstLine: 2 },
    ]);
  });

  it("quotes odd keys safely in the message", () => {
    const [d] = findDuplicateKeys('{"a\\"b":1,"a\\"b":2}');
    expect(describeDuplicateKey(d!)).toBe('duplicate key "a\\"b" (line 1; first at line 1)');
  });
});
