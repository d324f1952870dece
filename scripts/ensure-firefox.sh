#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR is present for the Firefox smoke test (test/firefox), which drives it
# through puppeteer-core over WebDriver BiDi. No browser download: Firefox comes from apt.
# Idempotent and quiet when it is already installed.
set -euo pipefail

FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"

if [ -x "$FIREFOX" ]; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-firefox: installing firefox-esr with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq firefox-esr >/dev/null
  if [ ! -x "$FIREFOX" ]; then
    echo "ensure-firefox: $FIREFOX still missing after install (set FIREFOX_PATH?)" >&2
    exit 1
  fi
  exit 0
fi

echo "ensure-firefox: Firefox ($FIREFOX) is missing. Install it with:" >&2
echo "  sudo apt-get install -y firefox-esr" >&2
echo "or point FIREFOX_PATH at another Firefox binary." >&2
exit 1
