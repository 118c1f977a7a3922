#!/usr/bin/env bash
# Installs what building, running and testing Custos needs, and nothing if it is already there.
#   scripts/setup.sh          system packages + Python venv for the integration tests
#   scripts/setup.sh --bench  also wrk, for bench/gateway.sh
# Safe to run repeatedly; every step checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
for pkg in libsqlite3-dev zlib1g-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ "${1:-}" = "--bench" ]; then
  command -v wrk >/dev/null 2>&1 || need_apt+=(wrk)
fi
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need_apt+=(python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  for candidate in /opt/swift/usr/bin /usr/share/swift/usr/bin; do
    [ -x "$candidate/swift" ] && export PATH="$candidate:$PATH" && break
  done
fi
command -v swift >/dev/null 2>&1 || { echo "setup: no Swift toolchain on PATH (Swift 6.2 or later is required)" >&2; exit 1; }

# The integration tests drive Custos with the official OpenAI Python SDK, in a project-local venv.
stamp=.venv/.requirements
if [ ! -x .venv/bin/python ] || ! cmp -s Tests/integration/requirements.txt "$stamp"; then
  echo "setup: preparing .venv (openai SDK, pytest)" >&2
  python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r Tests/integration/requirements.txt
  cp Tests/integration/requirements.txt "$stamp"
fi
