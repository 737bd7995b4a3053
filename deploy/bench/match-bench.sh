#!/usr/bin/env bash
# Matching speed: loads N results and M needs (as search-bench.sh does), recomputes all needs'
# matches through the staff command, then times top-10 matches for random needs over HTTP.
#   deploy/bench/match-bench.sh [results=65634] [needs=1479] [requests=500]
set -euo pipefail
RESULTS=${1:-65634}
NEEDS=${2:-1479}
REQUESTS=${3:-500}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_start techmarket_bench
echo "== load"
java -Xmx2g -cp "$CP" deploy/bench/SearchBench.java load "$RESULTS" "$NEEDS" "$DATA"
echo "== full recomputation (staff command)"
java -cp "$CP" deploy/bench/MatchBench.java recompute "http://localhost:$PORT" "$ADMIN_PASS"
echo "== app memory after recomputation: $(app_rss)"
echo "== matches over HTTP (GET /api/v1/needs/{id}/matches)"
java -cp "$CP" deploy/bench/MatchBench.java matches "http://localhost:$PORT" "$REQUESTS"
echo "== app memory: $(app_rss)"
