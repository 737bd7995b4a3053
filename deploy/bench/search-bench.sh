#!/usr/bin/env bash
# Search benchmark: loads N results and M needs built from ../shared/data/csl-papers-dev.jsonl
# into a fresh database, starts the platform on it and measures search latency over HTTP.
#   deploy/bench/search-bench.sh [results=65634] [needs=1479] [requests=2000] [clients=1]
set -euo pipefail
RESULTS=${1:-65634}
NEEDS=${2:-1479}
REQUESTS=${3:-2000}
CLIENTS=${4:-1}
# A search benchmark: no text vectors (match-bench.sh loads them).
export BENCH_VECTORS=${BENCH_VECTORS:-0}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_start techmarket_bench
echo "== load"
java -Xmx2g -cp "$CP" deploy/bench/SearchBench.java load "$RESULTS" "$NEEDS" "$DATA"
echo "== search over HTTP (GET /api/v1/results?q=…, 1–4 terms from author keywords)"
java -cp "$CP" deploy/bench/SearchBench.java query "http://localhost:$PORT" "$REQUESTS" "$DATA" "$CLIENTS"
echo "== app memory: $(app_rss)"
