import path from "node:path";
import type { NextConfig } from "next";
import "./lib/env";
import { OPEN_DATA_CACHE } from "./lib/open-data/responses";
import { SECURITY_HEADERS } from "./lib/security-headers";
import { viewRewrites } from "./lib/view/rewrites";

const nextConfig: NextConfig = {
  // Rendered views live in a bounded in-memory cache, never on disk (see cache-handler.cjs).
  cacheHandler: path.resolve(process.cwd(), "cache-handler.cjs"),
  cacheMaxMemorySize: 0,
  experimental: { globalNotFound: true },
  // Next would hash every response body on every request to make an ETag (FNV-1a in JS), a large
  // share of a cached page's cost (BENCHMARKS.md). Views change only when the data is reloaded,
  // and Cache-Control already lets browsers and CDNs keep them, so no ETag.
  generateEtags: false,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  async headers() {
    // Pages carry Next's own cache headers for static pages; data and images get ours.
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: OPEN_DATA_CACHE }] },
    ];
  },
  async rewrites() {
    return { beforeFiles: viewRewrites(), afterFiles: [], fallback: [] };
  },
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@resvg/resvg-js",
    "exceljs",
  ],
};

export default nextConfig;
