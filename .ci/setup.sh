#!/usr/bin/env bash
# Installs the tools Tulip needs to build and test; quiet and fast when all are present.
set -euo pipefail

# One entry per requirement: "<debian package>|<check>", where <check> is
#   cmd:<command>  (command -v), file:<path> (test -f) or pkg:<package> (dpkg -s).
REQUIREMENTS=(
  "g++|cmd:g++"
  "cmake|cmd:cmake"
  "doctest-dev|file:/usr/include/doctest/doctest.h"
  "libboost1.81-dev|file:/usr/include/boost/asio.hpp"
  "nodejs|cmd:node"
  "npm|cmd:npm"
  "emscripten|cmd:em++"
  "chromium|cmd:chromium"
)

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v python3 >/dev/null 2>&1; then
  echo "setup: error: python3 is required (tests compare against CPython) but was not found on PATH." >&2
  echo "setup: install Python 3.11+ (e.g. 'sudo apt-get install -y python3') and re-run." >&2
  exit 1
fi

missing=()
for req in "${REQUIREMENTS[@]}"; do
  pkg="${req%%|*}"
  check="${req#*|}"
  kind="${check%%:*}"
  what="${check#*:}"
  case "$kind" in
    cmd)  command -v "$what" >/dev/null 2>&1 || missing+=("$pkg") ;;
    file) test -f "$what" || missing+=("$pkg") ;;
    pkg)  dpkg -s "$what" >/dev/null 2>&1 || missing+=("$pkg") ;;
    *)    echo "setup: bad requirement '$req'" >&2; exit 2 ;;
  esac
done

installed=0
if ((${#missing[@]})); then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing: ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    installed=1
  else
    echo "setup: missing packages: ${missing[*]}" >&2
    echo "setup: run:  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

if [[ -f package-lock.json ]] && { [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules ]]; }; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
  mkdir -p node_modules && touch node_modules   # mark up to date even with no dependencies
  installed=1
fi

if ((installed)); then
  echo "setup: done"
else
  echo "setup: all tools present"
fi
