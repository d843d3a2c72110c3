#!/usr/bin/env bash
# Installs what the tests need beyond npm packages: a Chromium for the real-browser tests.
# Debian/Ubuntu: Debian's `chromium` package through apt. Elsewhere: install Chromium or Chrome
# yourself and export CHROMIUM_PATH=/path/to/the/binary.
set -euo pipefail

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "chromium: $candidate"
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found and no apt-get here: install Chromium or Chrome, then set CHROMIUM_PATH." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "Installing Debian's chromium for the browser tests…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
echo "chromium: $(command -v chromium)"
