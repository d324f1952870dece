#!/usr/bin/env bash
# Makes sure WebKitGTK's WebDriver (WebKitWebDriver), the MiniBrowser it drives and Xvfb are present for
# the WebKit smoke test (test/webkit), which drives Safari's engine over classic WebDriver. WebKitGTK 2.50
# (Debian 12) has no headless mode: MiniBrowser needs an X display, so the test starts its own Xvfb.
# No browser download: everything comes from apt (webkit2gtk-driver pulls libwebkit2gtk-4.1-0, which ships
# MiniBrowser). Idempotent and quiet when everything is already installed.
set -euo pipefail

DRIVER="${WEBKIT_WEBDRIVER_PATH:-/usr/bin/WebKitWebDriver}"
XVFB="${XVFB_PATH:-/usr/bin/Xvfb}"

minibrowser() {
  if [ -n "${WEBKIT_BROWSER_PATH:-}" ]; then
    [ -x "$WEBKIT_BROWSER_PATH" ] && echo "$WEBKIT_BROWSER_PATH"
    return 0
  fi
  # Same search as the test: /usr/lib/<multiarch>/webkit2gtk-4.1/MiniBrowser (Debian) or /usr/libexec/….
  for candidate in /usr/lib/*/webkit2gtk-4.1/MiniBrowser /usr/libexec/webkit2gtk-4.1/MiniBrowser; do
    if [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
}

present() {
  [ -x "$DRIVER" ] && [ -x "$XVFB" ] && [ -n "$(minibrowser)" ]
}

if present; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-webkit: installing webkit2gtk-driver and xvfb with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq webkit2gtk-driver xvfb >/dev/null
  if ! present; then
    echo "ensure-webkit: WebKitWebDriver ($DRIVER), MiniBrowser or Xvfb ($XVFB) still missing after install" >&2
    echo "  (set WEBKIT_WEBDRIVER_PATH, WEBKIT_BROWSER_PATH or XVFB_PATH?)" >&2
    exit 1
  fi
  exit 0
fi

echo "ensure-webkit: WebKitWebDriver ($DRIVER), MiniBrowser or Xvfb ($XVFB) is missing. Install them with:" >&2
echo "  sudo apt-get install -y webkit2gtk-driver xvfb" >&2
echo "or point WEBKIT_WEBDRIVER_PATH, WEBKIT_BROWSER_PATH and XVFB_PATH at other binaries." >&2
exit 1
