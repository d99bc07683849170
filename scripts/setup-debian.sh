#!/bin/sh
# Installs what building and testing Yomu need on Debian, as root or through sudo: Debian's
# Chromium and Firefox ESR (the real-browser tests never download a browser), CJK fonts (so that
# screenshots show Japanese), xvfb (a virtual screen: `npm run dev` opens Chromium on one where
# the machine has no display), and checks Node. Safe to run again: it installs only what is missing.
set -eu

PACKAGES="chromium firefox-esr fonts-noto-cjk xvfb xauth"
NODE_MIN_MAJOR=20
NODE_MIN_MINOR=19

if [ "$(id -u)" -eq 0 ]; then
  as_root() { "$@"; }
elif command -v sudo >/dev/null 2>&1; then
  as_root() { sudo "$@"; }
else
  echo "setup: run this as root, or install sudo: it installs Debian packages ($PACKAGES)." >&2
  exit 1
fi

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing$missing"
  # A fresh image has no package lists: update them first.
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
  echo "setup: $PACKAGES already installed"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup: Node $NODE_MIN_MAJOR.$NODE_MIN_MINOR or newer and npm are needed (Debian 13's nodejs and npm packages, or NodeSource's nodejs on Debian 12, whose own nodejs is 18)." >&2
  exit 1
fi
version=$(node -p 'process.versions.node')
major=${version%%.*}
rest=${version#*.}
minor=${rest%%.*}
if [ "$major" -lt "$NODE_MIN_MAJOR" ] || { [ "$major" -eq "$NODE_MIN_MAJOR" ] && [ "$minor" -lt "$NODE_MIN_MINOR" ]; }; then
  echo "setup: Node $version is too old: Yomu needs $NODE_MIN_MAJOR.$NODE_MIN_MINOR or newer (Vitest 4, WXT 0.20)." >&2
  exit 1
fi
echo "setup: Node $version, npm $(npm --version): ready"
