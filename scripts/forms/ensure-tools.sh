#!/usr/bin/env bash
# Installs what scripts/forms/make-all.ts needs for the PDF forms (Debian 12). Quiet when all is there.
set -euo pipefail
PKGS="libreoffice-writer-nogui chromium firefox-esr fonts-noto-cjk fonts-droid-fallback fonts-dejavu-core poppler-utils"
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq $missing >/dev/null
else
  echo "ensure-tools: missing:$missing; install with: sudo apt-get install -y$missing" >&2
  exit 1
fi
