#!/usr/bin/env bash
# Builds Custos and starts it on examples/custos.yaml with the embedded SQLite store.
# The example's only model, `fake-echo`, is served by the FAKE upstream this script starts on
# 127.0.0.1:9099: a deterministic echo for trying Custos out, not a real LLM.
# Stop with Ctrl-C (both processes exit).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "start: building (the first build compiles the dependencies and takes a while)" >&2
swift build --product custos
bin=.build/debug/custos
config=examples/custos.yaml

mkdir -p run
"$bin" config check --config "$config"

"$bin" dev fake-upstream --port 9099 > run/fake-upstream.log 2>&1 &
fake=$!
trap 'kill $fake 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q listening run/fake-upstream.log 2>/dev/null && break; sleep 0.1; done
grep -q listening run/fake-upstream.log || { cat run/fake-upstream.log >&2; echo "start: fake upstream did not start" >&2; exit 1; }

# The ledger's signing key, created once (its public half is printed for auditors).
if [ ! -s run/ledger.key ]; then
  "$bin" keys ledger-init --origin custos.example/demo-agency --out run/ledger.key > run/ledger.pub
fi

# The master key of the content store (demo-agency retains content), created once.
if [ ! -s run/content.key ]; then
  "$bin" keys content-init --out run/content.key > /dev/null
fi

# A demo key for demo-agency/alice, created once and kept in run/ (git-ignored).
if [ ! -s run/demo-key ]; then
  "$bin" keys create --config "$config" --tenant demo-agency --principal alice --label demo > run/demo-key
fi
key=$(cat run/demo-key)
cat <<MSG

  Custos is starting on http://127.0.0.1:8080 (config: $config, database: run/custos.db)
  Model: fake-echo  -- FAKE upstream (deterministic echo), not a real LLM
  Demo API key for demo-agency/alice: $key
  Ledger verifier key (for auditors):  $(cat run/ledger.pub)

  Try it:
    curl -s http://127.0.0.1:8080/v1/chat/completions -H "Authorization: Bearer $key" \\
      -H 'Content-Type: application/json' -d '{"model":"fake-echo","messages":[{"role":"user","content":"hello"}]}'

MSG
"$bin" serve --config "$config"
