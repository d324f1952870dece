#!/usr/bin/env bash
# Makes sure a system Chromium and CJK fonts are present for the end-to-end tests.
# Idempotent and quiet when everything is already installed.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

have_fonts() {
  if command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    return 0
  fi
  dpkg -s fonts-noto-cjk >/dev/null 2>&1
}

if [ -x "$CHROMIUM" ] && have_fonts; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing chromium and fonts-noto-cjk with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  if [ ! -x "$CHROMIUM" ]; then
    echo "ensure-chromium: $CHROMIUM still missing after install (set CHROMIUM_PATH?)" >&2
    exit 1
  fi
  exit 0
fi

echo "ensure-chromium: Chromium ($CHROMIUM) or fonts-noto-cjk is missing. Install them with:" >&2
echo "  sudo apt-get install -y chromium fonts-noto-cjk" >&2
exit 1
