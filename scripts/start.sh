#!/usr/bin/env bash
# `npm start`: serve Handshake at http://localhost:3000 on the embedded SQLite database.
# Installs, generates, migrates, seeds and builds only what is missing or out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh

ensure_node_modules
mkdir -p data

# Local secrets live in data/ (git-ignored): generated once, then kept so sessions survive restarts.
if [ -z "${AUTH_SECRET:-}" ]; then
  [ -s data/auth-secret ] || node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64url'))" > data/auth-secret
  export AUTH_SECRET=$(cat data/auth-secret)
fi
export DATABASE_URL=${DATABASE_URL:-file:$(pwd)/data/handshake.db}
export AUTH_URL=${AUTH_URL:-http://localhost:${PORT:-3000}}
export AUTH_TRUST_HOST=true
# No mail transport ships: magic sign-in links are appended here (see docs/decisions/004-auth.md).
export MAGIC_LINK_FILE=${MAGIC_LINK_FILE:-$(pwd)/data/magic-links.txt}

echo "==> Database: ${DATABASE_URL}"
npx prisma generate >/dev/null
npx prisma migrate deploy
npx tsx prisma/seed.ts

# Rebuild when there is no build yet or any source is newer than it.
# (The Prisma client is regenerated on every start, so its folder doesn't count.)
changed() {
  find app components lib content fonts instrumentation.ts next.config.js package-lock.json \
    -path lib/server/generated -prune -o -newer .next/BUILD_ID -print -quit 2>/dev/null
}
if [ ! -f .next/BUILD_ID ] || [ -n "$(changed)" ]; then
  echo "==> Building the app (next build)"
  npx next build
fi

echo "==> Serving Handshake at http://localhost:${PORT:-3000}"
exec npx next start -p "${PORT:-3000}"
