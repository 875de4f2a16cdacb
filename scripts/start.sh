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
# Views are rendered on first request and cached in .next/server/route-cache. The database may
# have been re-seeded since the last start, so the cache starts empty.
rm -rf .next/server/route-cache
exec node node_modules/next/dist/bin/next start --port "${PORT:-3000}" --hostname "${HOST:-0.0.0.0}"
