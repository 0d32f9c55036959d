#!/usr/bin/env bash
# Installs what the app and its tests need, once: npm packages from the lockfile and, for the test
# suite, Debian's Chromium, tshark and PostgreSQL. Sourced by start.sh and test.sh.
set -euo pipefail

export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

ensure_node_modules() {
  # Reinstall when the lockfile changed since the last install (npm writes its own copy).
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "==> Installing npm packages (npm ci; the first run builds better-sqlite3, about 1-2 minutes)"
    npm ci --no-audit --no-fund
  fi
}

# ensure_apt BINARY PACKAGE: installs PACKAGE from Debian when BINARY is not on PATH.
ensure_apt() {
  local binary=$1 package=$2
  command -v "$binary" >/dev/null 2>&1 && return 0
  echo "==> Installing Debian package '$package' (for $binary)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "!! '$binary' is missing and this machine has no apt-get. Install '$package' by hand and re-run." >&2
    return 1
  fi
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$package"; } >/tmp/handshake-apt.log 2>&1; then
    echo "!! Could not install '$package' with apt-get (log: /tmp/handshake-apt.log)." >&2
    echo "   Install it yourself (e.g. 'sudo apt-get install $package') and re-run." >&2
    return 1
  fi
}
