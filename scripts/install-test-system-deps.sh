#!/usr/bin/env bash
# Installs what the test suite needs from Debian when it is missing:
# Chromium and its driver for browser tests, PostgreSQL 15 server binaries for the
# PostgreSQL tests. Needs root (or sudo) only when something is missing.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
if ! command -v initdb >/dev/null 2>&1 && [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
    need+=(postgresql-15)
fi

if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing test dependencies: ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
