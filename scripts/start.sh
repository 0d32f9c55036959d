#!/usr/bin/env bash
# `npm start`: serve Handshake at http://localhost:3000 on the embedded SQLite database, or on
# PostgreSQL when DATABASE_URL is a postgresql:// URL. Installs, generates, migrates, seeds and
# builds only what is missing or out of date, so a second start of the same tree is quick.
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
sqlite_url="file:$(pwd)/data/handshake.db"
export DATABASE_URL=${DATABASE_URL:-$sqlite_url}
export AUTH_URL=${AUTH_URL:-http://localhost:${PORT:-3000}}
export AUTH_TRUST_HOST=true
# No mail transport ships: magic sign-in links are appended here (see docs/decisions/004-auth.md).
export MAGIC_LINK_FILE=${MAGIC_LINK_FILE:-$(pwd)/data/magic-links.txt}

echo "==> Database: ${DATABASE_URL%%@*}$([[ $DATABASE_URL == *@* ]] && echo '@…')"
# The SQLite client is always generated: the app imports it statically. `generate` never
# connects, but Prisma 6 wants the schema's URL to look like the schema's provider.
DATABASE_URL=$sqlite_url npx prisma generate >/dev/null
if [[ $DATABASE_URL =~ ^postgres(ql)?:// ]]; then
  # The PostgreSQL twin (prisma-pg/) is generated and migrated only on this path; its config
  # reads PG_DATABASE_URL, and the build then bundles its client (see next.config.js).
  export PG_DATABASE_URL=$DATABASE_URL
  npx prisma generate --config prisma.config.pg.ts >/dev/null
  npx prisma migrate deploy --config prisma.config.pg.ts
else
  npx prisma migrate deploy
fi
npx tsx prisma/seed.ts

# Rebuild when there is no build yet, when any source is newer than it, or when the set of
# generated database clients differs from the one it was built with (the SQLite default's build
# has no PostgreSQL client; see next.config.js). Generated clients are rewritten on every start,
# so their folder does not count as a change by itself.
dist=${NEXT_DIST_DIR:-.next}
clients=$([ -f lib/server/generated/prisma-pg/client.ts ] && echo sqlite+postgresql || echo sqlite)
changed() {
  find app components lib content fonts instrumentation.ts next.config.js package-lock.json \
    -path lib/server/generated -prune -o -newer "$dist/BUILD_ID" -print -quit 2>/dev/null
}
if [ ! -f "$dist/BUILD_ID" ] || [ "$(cat "$dist/handshake-db-clients" 2>/dev/null)" != "$clients" ] ||
  [ -n "$(changed)" ]; then
  echo "==> Building the app (next build)"
  npx next build
  echo "$clients" > "$dist/handshake-db-clients"
else
  echo "==> Build is up to date (nothing changed since $dist/BUILD_ID)"
fi

echo "==> Serving Handshake at http://localhost:${PORT:-3000}"
exec npx next start -p "${PORT:-3000}"
