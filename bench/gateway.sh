#!/usr/bin/env bash
# Gateway overhead: wrk against the fake upstream directly and through Custos, in one run, at
# 1, 8 and 32 connections; prints RPS and p50/p90/p99 for each and the Custos/direct ratios.
#
#   bench/gateway.sh                 # 10 s per measurement
#   DURATION=20 bench/gateway.sh     # longer runs
#   CUSTOS_THREADS=1 bench/gateway.sh  # Custos on one event loop thread (default: one per core)
#   STREAM_REQUESTS=5000 bench/gateway.sh  # more Bedrock streams for the time-to-first-token case
#   STREAM_ONLY=1 bench/gateway.sh   # only the Bedrock streaming case
#   CPU_ONLY=1 bench/gateway.sh      # only CPU time per request (gateway and fake upstream)
#   CPU_ONLY=1 PERF_OUT=/tmp/p.data bench/gateway.sh  # and a perf profile of the gateway meanwhile
#   CUSTOS_BIN=/tmp/custos-a bench/gateway.sh          # bench a given binary instead of building
#
# Then a Bedrock streaming case: time to first token of a ConverseStream answer straight from the
# fake Bedrock (SigV4-signed, event-stream decoded) and through Custos (OpenAI SSE), one request
# at a time, alternating (`custos dev stream-bench`).
#
# Everything (client, gateway, fake upstream) shares this machine, so read the ratios, not the
# absolute numbers. Release build, logging at info (the production default).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --bench >&2
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-1}

if [ -n "${CUSTOS_BIN:-}" ]; then
  bin=$CUSTOS_BIN   # a given binary (e.g. to compare two builds); nothing is built
else
  echo "bench: building release" >&2
  swift build -c release --product custos >&2
  bin=.build/release/custos
fi
work=$(mktemp -d)
cleanup() { kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

export BENCH_FAKE_AWS="AKIDBENCH:bench/secret"
env -u CUSTOS_THREADS "$bin" dev fake-upstream --port 0 --aws-key-env BENCH_FAKE_AWS > "$work/fake.out" 2> "$work/fake.err" &
for _ in $(seq 100); do grep -q listening "$work/fake.out" 2>/dev/null && break; sleep 0.1; done
fake_url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$work/fake.out")

cat > "$work/custos.yaml" <<YAML
server: {host: 127.0.0.1, port: 0}
storage: {sqlite: {path: $work/custos.db}}
ledger: {origin: custos.bench/ledger, sqlite: {path: $work/ledger.db}, signing_key: {file: $work/ledger.key}}
logging: {level: info}
models:
  - name: fake-echo
    deployments:
      - {id: fake, provider: openai-compatible, endpoint: "$fake_url/v1", region: local, jurisdiction: us, authorization: none,
         max_connections: 64}
  - name: bedrock-echo
    deployments:
      - {id: bedrock-fake, provider: bedrock, endpoint: "$fake_url", upstream_model: "anthropic.claude-bench-v1:0",
         credentials: {aws: environment}, region: us-gov-west-1, jurisdiction: us, authorization: none}
policy: {files: [$PWD/policies/default.cedar]}
tenants:
  - id: bench
    models: "*"
    principals: [{id: wrk}]
YAML
"$bin" keys ledger-init --origin custos.bench/ledger --out "$work/ledger.key" > /dev/null
key=$("$bin" keys create --config "$work/custos.yaml" --tenant bench --principal wrk)
AWS_ACCESS_KEY_ID=AKIDBENCH AWS_SECRET_ACCESS_KEY=bench/secret CUSTOS_THREADS=${CUSTOS_THREADS:-} "$bin" serve --config "$work/custos.yaml" > "$work/custos.out" 2> "$work/custos.err" &
for _ in $(seq 100); do grep -q listening "$work/custos.out" 2>/dev/null && break; sleep 0.1; done
custos_url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$work/custos.out")
[ -n "$fake_url" ] && [ -n "$custos_url" ] || { cat "$work"/*.err >&2; echo "bench: servers did not start" >&2; exit 1; }

# wrk --latency prints "50%  1.23ms"; normalise to milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }
measure() { # name url connections
  local out threads
  threads=$(( $3 < 2 ? 1 : 2 ))
  out=$(BENCH_KEY="$4" wrk -t"$threads" -c"$3" -d"${DURATION}s" --latency -s bench/chat.lua "$2/v1/chat/completions")
  local rps p50 p90 p99 errors
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p90=$(to_ms "$(awk '$1 == "90%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  errors=$(awk '/Non-2xx|Socket errors/ { print }' <<<"$out")
  [ -z "$errors" ] || echo "bench: $1 c=$3: $errors" >&2
  echo "$1 $3 $rps $p50 $p90 $p99"
}

# CPU time a process spent (user + system), in clock ticks, from /proc/PID/stat.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
if [ -n "${CPU_ONLY:-}" ]; then
  # CPU per request is robust to a noisy machine in a way req/s is not: wrk at 16 connections,
  # then the gateway's and the fake upstream's CPU time divided by the requests served.
  hz=$(getconf CLK_TCK)
  custos_pid=$(jobs -p | tail -1); fake_pid=$(jobs -p | head -1)
  BENCH_KEY="$key" wrk -t1 -c8 -d2s -s bench/chat.lua "$custos_url/v1/chat/completions" >/dev/null
  echo "CPU per request, wrk -c16 for ${DURATION}s (µs):"
  printf '%-8s %10s %14s %14s\n' path requests gateway_us fake_us
  for _ in $(seq "$ROUNDS"); do
    for path in direct custos; do
      url=$fake_url; bench_key=""; [ "$path" = custos ] && { url=$custos_url; bench_key=$key; }
      g0=$(cpu_ticks "$custos_pid"); f0=$(cpu_ticks "$fake_pid")
      if [ -n "${PERF_OUT:-}" ] && [ "$path" = custos ]; then perf record -e cpu-clock -g -p "$custos_pid" -o "$PERF_OUT" -- sleep "$DURATION" >/dev/null 2>&1 & fi
      out=$(BENCH_KEY="$bench_key" wrk -t2 -c16 -d"${DURATION}s" -s bench/chat.lua "$url/v1/chat/completions")
      g1=$(cpu_ticks "$custos_pid"); f1=$(cpu_ticks "$fake_pid")
      n=$(awk '/requests in/ { print $1 }' <<<"$out")
      awk -v p="$path" -v n="$n" -v g=$((g1 - g0)) -v f=$((f1 - f0)) -v hz="$hz" \
        'BEGIN { printf "%-8s %10d %14.0f %14.0f\n", p, n, g / hz * 1e6 / n, f / hz * 1e6 / n }'
    done
  done
  exit 0
fi

if [ -z "${STREAM_ONLY:-}" ]; then
# Warm both paths (connection pools, caches) before measuring.
BENCH_KEY="" wrk -t1 -c8 -d2s -s bench/chat.lua "$fake_url/v1/chat/completions" >/dev/null
BENCH_KEY="$key" wrk -t1 -c8 -d2s -s bench/chat.lua "$custos_url/v1/chat/completions" >/dev/null

results=()
for _ in $(seq "$ROUNDS"); do
  for c in 1 8 32; do
    # Direct and through Custos back to back at each level, so both see the same machine state.
    results+=("$(measure direct "$fake_url" "$c" "")")
    results+=("$(measure custos "$custos_url" "$c" "$key")")
  done
done

echo
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  host: $(nproc) cores  duration: ${DURATION}s per run  rounds: $ROUNDS"
printf '%-8s %5s %10s %9s %9s %9s\n' path conns req/s p50_ms p90_ms p99_ms
for row in "${results[@]}"; do printf '%-8s %5s %10s %9s %9s %9s\n' $row; done
echo
printf '%5s %14s %16s %14s\n' conns "custos/direct" "added_p50_ms" "added_p99_ms"
for c in 1 8 32; do
  awk -v c="$c" '
    $1 == "direct" && $2 == c { dr += $3; d50 += $4; d99 += $6; dn++ }
    $1 == "custos" && $2 == c { cr += $3; c50 += $4; c99 += $6; cn++ }
    END { printf "%5s %14.3f %16.3f %14.3f\n", c, (cr/cn)/(dr/dn), c50/cn - d50/dn, c99/cn - d99/dn }' <<<"$(printf '%s\n' "${results[@]}")"
done
echo
echo "targets: added p50 <= 0.3 ms at 1 connection; custos/direct >= 0.35 at 32 connections"
fi
echo
echo "Bedrock streaming, time to first token (${STREAM_REQUESTS:-2000} requests per path, one at a time):"
"$bin" dev stream-bench --fake "$fake_url" --gateway "$custos_url" --key "$key" --model bedrock-echo \
  --model-id "anthropic.claude-bench-v1:0" --aws-key-env BENCH_FAKE_AWS --requests "${STREAM_REQUESTS:-2000}" --compare-model fake-echo
echo "target: added time to first token <= 1 ms at p99 (the floor row: one durable commit, which every streamed call waits for before it is forwarded)"
