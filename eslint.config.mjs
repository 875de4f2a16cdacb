import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layers, innermost first: lib/domain (rules and types) ← lib/* ← components ← app. Imports only
// point inwards, never in a cycle, and only lib/data reaches the database.
const boundaries = {
  "import/no-cycle": ["error", { ignoreExternal: true }],
  "import/no-restricted-paths": [
    "error",
    {
      zones: [
        {
          target: "./lib",
          from: ["./app", "./components"],
          message: "lib/ never imports app/ or components/",
        },
        { target: "./components", from: "./app", message: "components/ never imports app/" },
        {
          target: ["./app", "./components", "./lib/!(data)/**", "./lib/*.ts"],
          from: ["./lib/data/db.ts", "./lib/data/db-client.ts", "./lib/generated"],
          message: "only lib/data/ reads the database",
        },
      ],
    },
  ],
};

// The import plugin as eslint-config-next registers it, so these rules can use it.
const importPlugin = nextVitals.find((c) => c.plugins?.import)?.plugins.import;

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{js,jsx,mjs,ts,tsx,mts,cts,cjs}"],
    plugins: { import: importPlugin },
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" }, node: true } },
    rules: {
      ...boundaries,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  // CommonJS files that Next loads as they are (cache-handler.cjs and what it requires).
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  globalIgnores([".next/**", "lib/generated/**", "data/**", "test-results/**", "next-env.d.ts"]),
]);
