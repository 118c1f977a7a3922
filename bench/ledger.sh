#!/usr/bin/env bash
# Ledger figures (issue 3): durable appends per second with many concurrent writers (SQLite,
# synchronous=FULL, group commit), inclusion-proof latency at 1,000,000 entries, and verifying a
# 1,000,000-entry log from its tiles and entry bundles (in memory: the network is not measured).
#
#   bench/ledger.sh
#   APPENDS=200000 WRITERS=1024 TREE=1000000 bench/ledger.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
echo "bench: building release" >&2
swift build -c release --product custos >&2
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  host: $(nproc) cores"
.build/release/custos dev ledger-bench --appends "${APPENDS:-100000}" --writers "${WRITERS:-512}" --tree-size "${TREE:-1000000}"
echo "targets: >= 50,000 durable appends/s; inclusion proof p99 <= 100 us at 1,000,000 entries; verify 1,000,000 entries <= 10 s"
