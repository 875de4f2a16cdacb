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
# re-seeded since the last start shows as soon as the server restarts.
exec node node_modules/next/dist/bin/next start --port "${PORT:-3000}" --hostname "${HOST:-0.0.0.0}"
