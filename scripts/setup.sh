#!/usr/bin/env bash
# npm run setup — after npm ci: generate the Prisma client, create or migrate the database,
# load the curated seeds, build the production app. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="${DATABASE_URL:-file:./data/chi-tieu.db}"
mkdir -p data
npx prisma generate
npx prisma migrate deploy
npx tsx scripts/seed.ts
npx next build
