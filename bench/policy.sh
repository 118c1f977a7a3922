#!/usr/bin/env bash
# Policy figures (issue 4): authorization latency for a gateway-shaped policy set with 1,000
# principals and 50 deployments (one core, in process), and the whole Cedar conformance corpus
# (7,809 tests, 62,472 requests, fed as JSONL) through CustosPolicy's `cedar-conformance` and
# through cedarpy (the Rust implementation's Python binding) on identical input, in one run.
#
#   bench/policy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
echo "bench: building release" >&2
swift build -c release --product custos >&2
swift build -c release --product cedar-conformance >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  host: $(nproc) cores"
.build/release/custos dev policy-bench --principals 1000 --deployments 50 --decisions 200000
.venv/bin/python bench/corpus_to_jsonl.py Tests/CustosPolicyTests/Fixtures/corpus-tests.tar.gz "$work/corpus.jsonl"
elapsed() { local start end; start=$(date +%s.%N); "$@"; end=$(date +%s.%N); awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'; }
swift_s=$(elapsed sh -c ".build/release/cedar-conformance < '$work/corpus.jsonl' > '$work/swift.out'")
cedarpy_s=$(elapsed sh -c ".venv/bin/python Tests/integration/cedar/oracle_impl.py < '$work/corpus.jsonl' > '$work/cedarpy.out'")
same=$(.venv/bin/python -c "
import json, sys
a = [json.loads(l) for l in open('$work/swift.out')]; b = [json.loads(l) for l in open('$work/cedarpy.out')]
print(sum(1 for x, y in zip(a, b) if x == y), 'of', len(b))")
echo "corpus (7,809 tests, 62,472 requests, incl. parsing policies and entities): CustosPolicy ${swift_s} s, cedarpy ${cedarpy_s} s; identical answers: $same"
echo "target: p99 <= 20 us per decision (default policy set, 1,000 principals, 50 deployments, one core)"
