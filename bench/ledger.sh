#!/usr/bin/env bash
# Ledger figures (issue 3): durable appends per second with many concurrent writers (SQLite,
# synchronous=FULL, group commit), inclusion-proof latency at 1,000,000 entries, and verifying a
# 1,000,000-entry log: in process (tiles in memory; the ledger file), then end to end with the
# real CLI, `custos verify --db` on the file and `custos verify --url` against a gateway serving it.
#
#   bench/ledger.sh
#   APPENDS=200000 WRITERS=1024 TREE=1000000 bench/ledger.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
echo "bench: building release" >&2
swift build -c release --product custos >&2
bin=$PWD/.build/release/custos
work=$(mktemp -d)
cleanup() { kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  host: $(nproc) cores"
"$bin" dev ledger-bench --appends "${APPENDS:-100000}" --writers "${WRITERS:-512}" --tree-size "${TREE:-1000000}" --directory "$work"

vkey=$(cat "$work/ledger.pub")
seconds() { local start end; start=$(date +%s.%N); "$@" > "$work/verify.out" 2>&1 || { cat "$work/verify.out" >&2; exit 1; }; end=$(date +%s.%N); awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'; }
echo "custos verify --db --entries (the CLI, end to end): $(seconds "$bin" verify --db "$work/verify.db" --vkey "$vkey" --entries) s"

cat > "$work/serve.yaml" <<YAML
server: {host: 127.0.0.1, port: 0}
storage: {sqlite: {path: $work/custos.db}}
ledger: {origin: custos.bench/ledger, sqlite: {path: $work/verify.db}, signing_key: {file: $work/ledger.key}, access: public}
logging: {level: warning}
models:
  - name: unused
    deployments:
      - {id: unused, provider: openai-compatible, endpoint: "http://127.0.0.1:9/v1", region: local, jurisdiction: us, authorization: none}
policy: {files: [$PWD/policies/default.cedar]}
tenants:
  - {id: bench, models: "*", principals: [{id: auditor, roles: [auditor]}]}
YAML
start=$(date +%s.%N)
"$bin" serve --config "$work/serve.yaml" > "$work/serve.out" 2> "$work/serve.err" &
for _ in $(seq 600); do grep -q listening "$work/serve.out" 2>/dev/null && break; sleep 0.05; done
url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$work/serve.out")
[ -n "$url" ] || { cat "$work/serve.err" >&2; exit 1; }
echo "gateway start on the 1,000,000-entry ledger (tree reload): $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }') s"
echo "custos verify --url (tiles over loopback HTTP): $(seconds "$bin" verify --url "$url/ledger" --vkey "$vkey") s"
echo "custos verify --url --entries (tiles and every record over loopback HTTP): $(seconds "$bin" verify --url "$url/ledger" --vkey "$vkey" --entries) s"
echo "targets: >= 50,000 durable appends/s; inclusion proof p99 <= 100 us at 1,000,000 entries; verify 1,000,000 entries <= 10 s"
