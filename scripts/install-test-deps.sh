#!/usr/bin/env bash
# Installs what the tests need beyond npm packages:
# - a Chromium for the real-browser tests;
# - a PostgreSQL server for the Medusa adapter's tests (each run starts a private cluster of its
#   own in a temporary folder; no system service is used).
# Debian/Ubuntu: Debian's `chromium` and `postgresql` packages through apt. Elsewhere: install
# Chromium or Chrome and PostgreSQL yourself, and export CHROMIUM_PATH=/path/to/the/binary and
# WESHIP_PG_BIN=/folder/of/initdb/and/pg_ctl.
set -euo pipefail

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
apt_updated=""
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "No $1 found and no apt-get here: $2" >&2
    exit 1
  fi
  if [ -z "$apt_updated" ]; then
    $sudo apt-get update -qq
    apt_updated="yes"
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$1" >/dev/null
}

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

find_postgres() {
  if [ -n "${WESHIP_PG_BIN:-}" ] && [ -x "$WESHIP_PG_BIN/pg_ctl" ]; then
    echo "$WESHIP_PG_BIN"
    return 0
  fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "$found" ] && [ -x "$found/pg_ctl" ]; then
    echo "$found"
    return 0
  fi
  return 1
}

if ! find_chromium >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  apt_install chromium "install Chromium or Chrome, then set CHROMIUM_PATH."
fi
echo "chromium: $(find_chromium)"

if ! find_postgres >/dev/null; then
  echo "Installing Debian's postgresql for the Medusa tests…"
  # The tests run clusters of their own; Debian's default cluster (a service on 5432) is not needed.
  if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    $sudo mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
  fi
  apt_install postgresql "install PostgreSQL, then set WESHIP_PG_BIN to the folder of pg_ctl."
fi
echo "postgresql: $(find_postgres)"
