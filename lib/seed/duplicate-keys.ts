import { visit, type JSONPath } from "jsonc-parser";

/** One repeated key: where it is (path ending in the key itself) and both lines, 1-based. */
export type DuplicateKey = {
  path: JSONPath;
  key: string;
  line: number;
  firstLine: number;
};

/**
 * Finds every key that appears more than once in the same JSON object, at any depth.
 *
 * Why: `JSON.parse` silently keeps the last of two equal keys, so a curator who pastes a figure's
 * `"value"` twice gets one of them dropped without a word. The loader must say so instead.
 *
 * Call it only on text `JSON.parse` has already accepted: jsonc-parser is lenient (comments,
 * trailing commas) and tries to recover from errors, so it must not be the judge of validity.
 * Keys are compared after unescaping (`"a"` and `"\u0061"` are the same key), as `JSON.parse`
 * compares them. A key repeated three times is reported twice, each against its first line.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // One map per object being read (innermost last): key → line where it first appeared.
  // A Map, not a plain object, so keys like "__proto__" or "constructor" are ordinary keys.
  const open: Map<string, number>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Map());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (key, _offset, _length, startLine, _startCharacter, pathSupplier) => {
        const keys = open[open.length - 1];
        if (!keys) return; // unreachable for valid JSON: a property is always inside an object
        const line = startLine + 1; // jsonc-parser counts lines from 0, editors from 1
        const firstLine = keys.get(key);
        if (firstLine === undefined) keys.set(key, line);
        // pathSupplier() is the path of the enclosing object; the duplicate is the key under it.
        else found.push({ path: [...pathSupplier(), key], key, line, firstLine });
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return found;
}

/** The message the loader prints, e.g. `duplicate key "value" (line 40; first at line 38)`. */
export function describeDuplicateKey(d: DuplicateKey): string {
  // JSON.stringify quotes the key and escapes anything odd in it (quotes, control characters).
  return `duplicate key ${JSON.stringify(d.key)} (line ${d.line}; first at line ${d.firstLine})`;
}
