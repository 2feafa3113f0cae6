#!/usr/bin/env bash
# The Debian packages the test suite drives: Chromium (report and leaderboard pages, through
# playwright-core; a test tool's own browser download cannot work here), tmux (watch mode in a
# real terminal) and bubblewrap (the sandbox learner and player code runs in). Installs them when missing and this is a root shell with apt-get; otherwise says how.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} from Debian for the end-to-end tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "npm test needs ${missing[*]}: install them (Debian: sudo apt-get install -y ${missing[*]}) and run npm test again." >&2
  exit 1
fi
