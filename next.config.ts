import path from "node:path";
import type { NextConfig } from "next";
import "./lib/env";
import {
  CHART_IMAGE_HEADERS,
  EMBED_SECURITY_HEADERS,
  SECURITY_HEADERS,
} from "./lib/security-headers";
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
  // No page uses next/image: /_next/image answers 404 instead of fetching and resizing images.
  images: { unoptimized: true },
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  async headers() {
    // Pages carry Next's own cache headers for static pages; data and images get ours.
    return [
      // Next sends the headers of every rule that matches, so the two sets never overlap: the
      // embed pages (/embed/{lang}/…) may be framed by any site, every other path by none.
      { source: "/((?!embed/.).*)", headers: SECURITY_HEADERS },
      { source: "/embed/:path+", headers: EMBED_SECURITY_HEADERS },
      // A later rule's value of a header replaces an earlier one's. A route's own value of a
      // header some rule sets is dropped (Next keeps the rule's), so the API's Cache-Control is
      // set by the routes (lib/open-data/responses.ts): errors must not be kept for a day.
      { source: "/api/chart-image", headers: CHART_IMAGE_HEADERS },
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
