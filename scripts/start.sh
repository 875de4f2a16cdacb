#!/usr/bin/env bash
# npm start — serves the production build (npm run setup first). Honours PORT and HOST.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="${DATABASE_URL:-file:./data/chi-tieu.db}"
if [ ! -f .next/BUILD_ID ]; then
  echo "start: no production build; run npm run setup first" >&2
  exit 1
fi
# Views are rendered on first request and cached in memory (cache-handler.cjs), so a database
# re-seeded since the last start shows once the server restarts (the methodology page, rendered
# by next build, after the next build).
#
# HOST=127.0.0.1 is bound as "localhost", resolved IPv4 first, so still 127.0.0.1.
# Next 16 names a loopback host "localhost" when it hands a request to proxy.ts, but the literal
# address when it checks where a rewrite from there goes; the names differ, so it took the 404
# page's rewrite for an external URL and fetched it from itself over HTTP: flaky ("socket hang
# up"), and a 500 behind a TLS-terminating proxy (vercel/next.js#94745). e2e/hostile.spec.ts checks.
host="${HOST:-0.0.0.0}"
# Only where "localhost" resolves to 127.0.0.1: elsewhere the literal address is kept.
if [[ "$host" == "127.0.0.1" || "$host" == "localhost" ]] \
  && getent ahostsv4 localhost 2>/dev/null | grep -q '^127\.0\.0\.1 '; then
  host="localhost"
  export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--dns-result-order=ipv4first"
fi
# lib/http/preload.cjs, loaded before Next, sets what Next does not (lib/http/server-guard.cjs):
# every method but GET and HEAD gets 405 before any routing (views are never re-rendered for a
# POST), `OPTIONS *` gets an answer instead of Next's 500, and a client gets 10 s for its request
# headers (Node's default is 60 s). Next sets only the keep-alive timeout: how long an idle
# connection stays open between requests, 5 s (Node's default). Behind a load balancer that keeps
# idle connections open longer (60 s on AWS's), set KEEP_ALIVE_TIMEOUT_MS above its timeout, or
# it will reuse connections this server has just closed (502s).
# glibc gives each thread that allocates a malloc arena of its own (up to 8 per core), and each
# keeps what was freed in it: the PNG workers (lib/export/render-png.ts) and libuv's threads would
# each hold their own. Two arenas bound that; not measured apart from the other memory changes.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# glibc serves an allocation above 128 kB with a mapping of its own, until one such is freed: then
# it raises that threshold to the freed size (up to 32 MB) and serves later ones from the arenas,
# where freed space stays with the process. A cached view is 0.6–1.2 MB a buffer and a PNG worker
# draws into 15 MB ones; a fixed threshold gives each back when freed (−7 MB on the soak after the
# image run, within noise; the cost is a system call per large allocation).
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
# V8 lets its heap grow to up to four times what survived its last full collection before it
# collects again, and under load it does: the benchmark's soak held 770 MB of heap for 210 MB in
# use, an RSS of 1.2 GB. 40 % over what survived bounds the heap by what is live instead of by a
# fixed cap, which would crash the server on a burst of large renders. Measured on the soak:
# peak RSS 1,224 → 720 MB at 40 % (766 MB at 60 %, 713 MB at 30 %), with as many requests served
# and the cached page's p95 within this machine's noise (BENCHMARKS.md). Raise it on a server with
# memory to spare; 0 leaves it to V8. The young generation's two halves are 8 MB each instead of
# 16: 16 MB less held, the soak's throughput and the cached page's p95 unchanged within noise.
heap_growing="${HEAP_GROWING_PERCENT:-40}"
if [[ ! "$heap_growing" =~ ^[0-9]{1,3}$ ]]; then
  echo "start: HEAP_GROWING_PERCENT must be a whole number of percent (got '$heap_growing')" >&2
  exit 1
fi
exec node "--heap-growing-percent=$heap_growing" --max-semi-space-size=8 --require ./lib/http/preload.cjs node_modules/next/dist/bin/next start \
  --port "${PORT:-3000}" --hostname "$host" --keepAliveTimeout "${KEEP_ALIVE_TIMEOUT_MS:-5000}"
