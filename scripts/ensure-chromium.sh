#!/usr/bin/env bash
# Installs Debian's chromium for the HTML report's browser test when it is missing (runs before
# `npm test`). Never downloads a browser build: only the distribution package. Without root or apt,
# it says so and the browser test will fail with a message (set CALQUE_SKIP_BROWSER=1 to skip it).
set -u
[ "${CALQUE_SKIP_BROWSER:-}" = "1" ] && exit 0
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "calque: installing Debian's chromium for the browser test (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq chromium fonts-dejavu-core >/dev/null || {
    echo "calque: could not install chromium; the browser test will fail (CALQUE_SKIP_BROWSER=1 skips it)" >&2
  }
else
  echo "calque: /usr/bin/chromium is missing; install Debian's chromium (apt-get install chromium) or set CALQUE_SKIP_BROWSER=1" >&2
fi
exit 0
