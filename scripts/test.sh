#!/usr/bin/env bash
# `npm test`: every check the project has, in the order that fails fastest.
# typecheck ∥ lint ∥ format ∥ content check → unit/engine/database tests (SQLite and a real
# PostgreSQL on 127.0.0.1) → production build → Playwright journeys in Debian's Chromium →
# `npm start` from a clean copy of the tree (scripts/check-fresh-start.sh).
# Ends with one line "tests: N passed, N failed" summing the unit and e2e runners.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh

results=test-reports  # not test-results/: Playwright empties that folder when it starts
rm -rf "$results" && mkdir -p "$results" data
step() { echo; echo "==> [${SECONDS}s] $*"; }

# in_parallel NAME COMMAND [NAME COMMAND …]: runs the commands at once, each into its own log, then
# prints each one's status, time and output in the order given. Fails when any of them failed.
# The static checks are single-threaded, so on two cores four of them take about half as long.
in_parallel() {
  local logs=$results/parallel names=() name status took failed=0
  mkdir -p "$logs"
  while [ $# -gt 0 ]; do
    names+=("$1")
    (
      started=$SECONDS
      if bash -c "$2" >"$logs/$1.log" 2>&1; then status=0; else status=$?; fi
      echo "$status $((SECONDS - started))" >"$logs/$1.status"
    ) &
    shift 2
  done
  wait
  for name in "${names[@]}"; do
    read -r status took <"$logs/$name.status"
    if [ "$status" = 0 ]; then
      echo "--- $name: ok (${took}s)"
    else
      echo "--- $name: FAILED, exit $status (${took}s)"
      failed=1
    fi
    cat "$logs/$name.log"
  done
  return "$failed"
}

ensure_node_modules
ensure_apt chromium chromium
ensure_apt tshark tshark
ensure_apt pg_ctlcluster postgresql

export AUTH_SECRET=${AUTH_SECRET:-test-secret-not-for-production-0123456789}
export AUTH_TRUST_HOST=true

step "Generating Prisma clients and Next's route types"
npx prisma generate >/dev/null
npx prisma generate --config prisma.config.pg.ts >/dev/null
# The route types `next build` would write before type-checking, so tsc below checks exactly the
# files the build's own check would; the build then skips that second pass (next.config.js).
npx next typegen >/dev/null

step "Typecheck (tsc) ∥ lint (eslint) ∥ format (prettier --check) ∥ content check"
in_parallel \
  tsc 'npx tsc --noEmit' \
  eslint 'npx eslint --max-warnings=0 .' \
  prettier 'npx prettier --check --log-level=warn .' \
  content 'npx tsx scripts/content-check.ts'

step "Starting PostgreSQL on 127.0.0.1 for the scale-out path"
source scripts/pg-up.sh

step "Unit, engine and database tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"

step "Production build (next build)"
export E2E_PORT=${E2E_PORT:-3100}
export DATABASE_URL="file:$(pwd)/data/e2e.db"
rm -f data/e2e.db data/e2e.db-*
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts
HANDSHAKE_TYPES_CHECKED=1 npx next build
npx tsx scripts/bundle/check.ts  # first-load JS per route within scripts/bundle/budgets.ts

step "End-to-end journeys (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json

step "Fresh-clone start: npm start from a clean copy of the tree, on SQLite, then PostgreSQL"
# The README's first command as a newcomer meets it: nothing generated, built or migrated yet.
fresh_db=${PG_TEST_DB:-handshake_test}_fresh
as_postgres "psql -q -c 'DROP DATABASE IF EXISTS $fresh_db WITH (FORCE)'"
as_postgres "psql -q -c 'CREATE DATABASE $fresh_db'"
bash scripts/check-fresh-start.sh "postgresql://postgres:postgres@127.0.0.1:5432/$fresh_db"
echo '{ "passed": 3, "failed": 0 }' >"$results/fresh-start.json"

echo "(whole suite: ${SECONDS}s)"
node scripts/test-summary.mjs "$results/vitest.json" "$results/e2e.json" "$results/fresh-start.json"
