#!/bin/sh
# npm run dev: WXT's dev server, which builds on every change and opens Debian's Chromium with
# the extension (as root without Chromium's sandbox, which Chromium requires there: wxt.config.ts).
# Chromium needs a display. On a machine without one ($DISPLAY and $WAYLAND_DISPLAY empty: a
# container, an SSH session, CI) WXT's browser would die at start and take the dev server with it
# (read ECONNRESET), so the command runs under xvfb-run (Debian's xvfb, installed by
# `npm run setup`): the browser opens on a virtual screen and the build still follows every change
# (load .output/chrome-mv3-dev in a browser you can see, or use the tests to look at it).
set -eu
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    echo "dev: no display; running under xvfb-run, the browser opens on a virtual screen" >&2
    exec xvfb-run -a wxt "$@"
  fi
  echo "dev: no display (\$DISPLAY is empty) and no xvfb-run: run \`npm run setup\` (installs xvfb), or set DISPLAY" >&2
  exit 1
fi
exec wxt "$@"
