type Has = { type: "query"; key: string; value: string };
type Rewrite = {
  source: string;
  destination: string;
  has?: Has[];
  missing?: { type: "query"; key: string }[];
};

const DEFAULTS = { year: "latest", status: "all", category: "all" } as const;
type Key = keyof typeof DEFAULTS;

/**
 * Rewrites that carry a view's query-string filters into the path of its cached page
 * (see lib/view/segments.ts): `/en/localities/hai-ha?year=2024` is served by
 * `/en/localities/hai-ha/2024.all.all`. One rule per combination of present filters. Config
 * rewrites run in the router; a proxy doing the same costs about half the throughput.
 */
export function viewRewrites(): Rewrite[] {
  const rules: Rewrite[] = [];
  const combos = (keys: Key[]): Key[][] =>
    keys.reduce<Key[][]>((acc, k) => [...acc, ...acc.map((c) => [...c, k])], [[]]);
  const add = (source: string, keys: Key[], dest: (parts: string[]) => string) => {
    for (const present of combos(keys).sort((a, b) => b.length - a.length)) {
      rules.push({
        source,
        destination: dest(keys.map((k) => (present.includes(k) ? `:${k}` : DEFAULTS[k]))),
        // Only plain tokens travel into the path: "../" or a broken escape must not become part of
        // a rewritten path. Anything else matches no rule, and the URL gets the 404 page.
        has: present.map((k) => ({ type: "query", key: k, value: `(?<${k}>[A-Za-z0-9_-]{1,40})` })),
        missing: keys.filter((k) => !present.includes(k)).map((k) => ({ type: "query", key: k })),
      });
    }
  };
  add("/:lang(en|vi)", ["year"], ([y]) => `/:lang/years/${y}`);
  add(
    "/:lang(en|vi)/localities/:slug",
    ["year", "status", "category"],
    (p) => `/:lang/localities/:slug/${p.join(".")}`,
  );
  add("/:lang(en|vi)/indicators/:slug", ["year"], ([y]) => `/:lang/indicators/:slug/${y}`);
  return rules;
}
