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
as_postgres "psql -q -c 'DROP DATABASE IF EXISTS handshake_test WITH (FORCE)'"
as_postgres "psql -q -c 'CREATE DATABASE handshake_test'"
export PG_DATABASE_URL="postgresql://postgres:postgres@127.0.0.1:5432/handshake_test"
echo "PostgreSQL $pg_version ready: $PG_DATABASE_URL"
