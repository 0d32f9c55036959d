#!/usr/bin/env bash
# The README's start command, exercised as a newcomer meets it (issue #11): copies the tree as git
# sees it into a temporary folder (no generated Prisma clients, no .next, no data/), reuses this
# tree's installed node_modules as hard links (seconds, not an `npm ci`), then runs `npm start`
# three times on a free port with none of the test suite's environment:
#   1. first start: generates, migrates, seeds, builds, serves /, /questions, a question, /playground;
#   2. with users and progress written into its database, a second start must not rebuild and must
#      keep them (migrations and seed are idempotent);
#   3. with a PostgreSQL URL (the first argument, an empty database), a start that generates the
#      PostgreSQL client, migrates and seeds that database, rebuilds with the client bundled, and
#      serves the same pages from it. Skipped when no URL is given.
# Fails with the server's last log lines when anything goes wrong.
# Usage: check-fresh-start.sh [postgresql://user:password@127.0.0.1:5432/empty_database]
set -euo pipefail
pg_url=${1:-}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/handshake-fresh.XXXXXX)
tree=$work/handshake
log=$work/start.log
server=

cleanup() {
  stop_server
  rm -rf "$work"
}
stop_server() {
  [ -n "$server" ] || return 0
  kill -TERM -- "-$server" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.2; done
  kill -KILL -- "-$server" 2>/dev/null || true
  server=
}
trap cleanup EXIT
fail() {
  echo "!! fresh-clone start: $*" >&2
  echo "---- last lines of npm start's log ($log) ----" >&2
  tail -n 40 "$log" >&2 || true
  exit 1
}

# Tracked and not-ignored files, as a clone of this commit plus its uncommitted work would hold.
# tar keeps modification times, so package-lock.json stays older than node_modules' own copy and
# ensure_node_modules sees nothing to install, as on a machine that already ran `npm ci`.
mkdir -p "$tree"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar -cf - --no-recursion) |
  tar -xf - -C "$tree"
cp -al "$root/node_modules" "$tree/node_modules"
for stale in lib/server/generated .next data; do
  [ ! -e "$tree/$stale" ] || fail "the copy already holds $stale; it is not a clean tree"
done

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
base="http://localhost:$port"

# Starts `npm start` in its own process group with a newcomer's environment, plus any VAR=value
# arguments.
start_server() {
  : >"$log"
  (cd "$tree" && exec setsid env -u DATABASE_URL -u PG_DATABASE_URL -u AUTH_SECRET -u AUTH_URL \
    -u MAGIC_LINK_FILE -u NEXT_DIST_DIR PORT="$port" "$@" npm start >>"$log" 2>&1) &
  server=$!
}
# Waits up to $2 seconds for $1 to answer 200 while the server is alive.
wait_for() {
  local path=$1 seconds=$2
  for _ in $(seq 1 "$seconds"); do
    kill -0 "$server" 2>/dev/null || fail "npm start exited before $path answered"
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$path")" = 200 ] && return 0
    sleep 1
  done
  fail "$path did not answer 200 within ${seconds}s"
}
expect_page() {
  local path=$1 text=$2 body
  body=$(curl -sf "$base$path") || fail "$path did not answer 200"
  grep -qF -- "$text" <<<"$body" || fail "$path answered without \"$text\""
}
check_pages() {
  wait_for / "$1"
  expect_page / '<html'
  expect_page /questions 'Why does TIME-WAIT last 2MSL?'
  expect_page /questions/time-wait-2msl '<h1'
  expect_page /questions/time-wait-2msl 'Why does TIME-WAIT last 2MSL?'
  expect_page /playground '<html'
}
sqlite() { (cd "$tree" && node -e "$1"); }
db_file=$tree/data/handshake.db

echo "==> fresh-clone start 1/3 in $tree on port $port (builds from nothing)"
start_server
check_pages 600
[ ! -e "$tree/lib/server/generated/prisma-pg" ] || fail "the SQLite path generated the PostgreSQL client"
stop_server

echo "==> fresh-clone start 2/3: a database that holds a learner and progress; nothing to rebuild"
sqlite "
const Db = require('better-sqlite3'); const db = new Db('$db_file')
const q = db.prepare('SELECT id FROM Question ORDER BY id LIMIT 1').get()
if (!q) throw new Error('the first start seeded no questions')
db.prepare(\"INSERT INTO User (id, email, name, createdAt, updatedAt) VALUES ('fresh-user', 'fresh@example.com', 'Fresh', 0, 0)\").run()
db.prepare(\"INSERT INTO QuizAttempt (id, userId, questionId, answer, correct, createdAt) VALUES ('fresh-attempt', 'fresh-user', ?, 'a', 1, 0)\").run(q.id)
"
start_server
check_pages 180
grep -q 'Building the app' "$log" && fail "the second start rebuilt although nothing changed"
grep -q 'Build is up to date' "$log" || fail "the second start did not report an up-to-date build"
grep -q ', 0 inserted or updated' "$log" || fail "the second start's seed rewrote questions that had not changed"
sqlite "
const Db = require('better-sqlite3'); const db = new Db('$db_file', { readonly: true })
const kept = db.prepare(\"SELECT COUNT(*) AS n FROM QuizAttempt WHERE userId = 'fresh-user'\").get().n
if (kept !== 1) { console.error('progress lost across a restart: ' + kept + ' attempts'); process.exit(1) }
" || fail "the learner's progress did not survive the second start"
stop_server

[ -n "$pg_url" ] || { echo "fresh-clone start: SQLite checks passed (no PostgreSQL URL given)"; exit 0; }
echo "==> fresh-clone start 3/3: DATABASE_URL selects PostgreSQL"
# Start 1 type-checked this tree as a newcomer's build does. This rebuild adds the PostgreSQL
# client, and with it the tree is the one test.sh's `tsc --noEmit` has checked, so it skips that
# pass (next.config.js); what it proves is the generate, migrate, seed and bundle of that path.
start_server DATABASE_URL="$pg_url" HANDSHAKE_TYPES_CHECKED=1
check_pages 600
grep -q 'Building the app' "$log" || fail "the PostgreSQL start reused the SQLite-only build"
[ -e "$tree/lib/server/generated/prisma-pg/client.ts" ] || fail "the PostgreSQL client was not generated"
(cd "$tree" && DATABASE_URL="$pg_url" node -e "
const { Client } = require('pg'); const c = new Client({ connectionString: process.env.DATABASE_URL })
c.connect().then(() => c.query('SELECT COUNT(*)::int AS n FROM \"Question\"')).then((r) => {
  if (r.rows[0].n < 2) { console.error('PostgreSQL holds ' + r.rows[0].n + ' questions'); process.exit(1) }
  return c.end()
})") || fail "the PostgreSQL database was not seeded"
stop_server
echo "fresh-clone start: all checks passed"
