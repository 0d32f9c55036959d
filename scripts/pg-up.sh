#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster on 127.0.0.1:5432 (the test suite's scale-out database) and
# exports PG_DATABASE_URL for a fresh, empty test database. Sourced by test.sh; safe to re-run.
set -euo pipefail

pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_cluster=main
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }

pg_lsclusters -h | grep -q "^$pg_version $pg_cluster" || as_postgres "pg_createcluster $pg_version $pg_cluster" >/dev/null
if ! pg_lsclusters -h | grep "^$pg_version $pg_cluster" | grep -q online; then
  if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster "$pg_version" "$pg_cluster" start; else sudo pg_ctlcluster "$pg_version" "$pg_cluster" start; fi
fi
for _ in $(seq 1 30); do as_postgres "pg_isready -q -h 127.0.0.1" && break; sleep 0.5; done

as_postgres "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\""
# PG_TEST_DB names the database, so two runs on one machine need not drop each other's.
pg_db=${PG_TEST_DB:-handshake_test}
as_postgres "psql -q -c 'DROP DATABASE IF EXISTS $pg_db WITH (FORCE)'"
as_postgres "psql -q -c 'CREATE DATABASE $pg_db'"
export PG_DATABASE_URL="postgresql://postgres:postgres@127.0.0.1:5432/$pg_db"
echo "PostgreSQL $pg_version ready: $PG_DATABASE_URL"
