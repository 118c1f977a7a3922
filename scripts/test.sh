#!/usr/bin/env bash
# Runs every test: the Swift test suites (unit and loopback end-to-end), then the integration
# tests that start the real `custos` binary and the fake upstream and drive them with the
# official OpenAI Python SDK. Installs what it needs first (scripts/setup.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1

echo "test: building (debug)" >&2
swift build --build-tests || exit 1

status=0
swift test --skip-build --parallel || status=1

# The integration tests use the debug binary built above.
CUSTOS_BIN="$PWD/.build/debug/custos" .venv/bin/python -m pytest -q Tests/integration || status=1
exit $status
