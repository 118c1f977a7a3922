#!/usr/bin/env bash
# Guard figures (issue 5): precision, recall and F1 per kind (span overlap) on a labelled corpus,
# and scan throughput in MB/s on one core.
#
#   bench/guard.sh                                   # the development corpus in the test fixtures
#   bench/guard.sh path/to/corpus.jsonl              # any corpus in the same format
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-Tests/CustosGuardTests/Fixtures/corpus_dev.jsonl}
echo "bench: building release" >&2
swift build -c release --product custos >&2
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  host: $(nproc) cores  corpus: $corpus"
.build/release/custos dev guard-bench "$corpus" --seconds "${SECONDS_PER_RUN:-5}"
# Ordinary prose with little sensitive data (this repository's documentation, a paragraph per text).
prose=$(mktemp)
trap 'rm -f "$prose"' EXIT
python3 -c "
import json, pathlib
for path in ['README.md', 'docs/DESIGN.md', 'BENCHMARKS.md']:
    for paragraph in pathlib.Path(path).read_text().split('\n\n'):
        if paragraph.strip(): print(json.dumps({'text': paragraph}))
" > "$prose"
echo -n "prose (README, DESIGN, BENCHMARKS paragraphs): "
.build/release/custos dev guard-bench "$prose" --seconds "${SECONDS_PER_RUN:-5}"
python3 bench/guard_eval.py .build/release/custos "$corpus"
echo "targets: F1 >= 0.95 on every kind; >= 200 MB/s per core"
