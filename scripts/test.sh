#!/usr/bin/env bash
# npm test — everything, from a fresh clone after npm ci: installs Debian's Chromium when missing,
# builds a test database with the real migrations and seed loader, runs npm run check (format,
# lint, types), runs the unit
# tests, builds the production app and runs the end-to-end tests in Chromium against it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="file:./data/test.db"

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "test: installing Debian's chromium"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null
fi

mkdir -p data test-results
rm -f data/test.db data/test.db-journal
npx prisma generate >/dev/null
npx prisma migrate deploy >/dev/null
npx tsx scripts/seed.ts
# A second database whose curated text carries markup, for e2e/output-safety.spec.ts.
rm -f data/hostile.db data/hostile.db-journal
npx tsx scripts/test-support/hostile-seeds.ts data/hostile-seeds
DATABASE_URL="file:./data/hostile.db" npx prisma migrate deploy >/dev/null
DATABASE_URL="file:./data/hostile.db" npx tsx scripts/seed.ts --seeds data/hostile-seeds --articles data/hostile-seeds/articles >/dev/null

echo "test: check (format, lint, types)"
npm run --silent check

status=0
echo "test: unit tests"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json || status=$?

echo "test: production build"
npx next build >test-results/build.log 2>&1 || { cat test-results/build.log; exit 1; }

echo "test: end-to-end tests"
npx playwright test || status=$?

# Two instances behind Debian's nginx: cache hits, identical answers, no failed request while one
# instance is killed and restarted (scripts/test-deploy.sh installs nginx when missing).
echo "test: deploy behind nginx"
bash scripts/test-deploy.sh || status=$?

node scripts/test-support/summary.mjs test-results/vitest.json test-results/playwright.json
exit $status
