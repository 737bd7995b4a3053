#!/usr/bin/env bash
# Matching speed: loads N results and M needs (as search-bench.sh does), recomputes all needs'
# matches through the staff command, then times top-10 matches for random needs over HTTP.
#   deploy/bench/match-bench.sh [results=65634] [needs=1479] [requests=500]
set -euo pipefail
RESULTS=${1:-65634}
NEEDS=${2:-1479}
REQUESTS=${3:-500}
# The app keeps the bench's default heap (-Xmx1g): the vector index of a million listings (~0.6 GB) fits.
export BENCH_VECTORS=${BENCH_VECTORS:-1}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_start techmarket_bench
echo "== load"
java -Xmx2g -cp "$CP" deploy/bench/SearchBench.java load "$RESULTS" "$NEEDS" "$DATA"
echo "== vectors into the app's index (read from listing_embedding every 5 s)"
index_size() { curl -sf "http://localhost:$PORT/q/health/ready" | python3 -c \
  'import json,sys; d=[c["data"] for c in json.load(sys.stdin)["checks"] if c["name"]=="vector-index"][0]; print(d["results"]+d["needs"])'; }
if [ "$BENCH_VECTORS" != 0 ]; then
  t0=$(date +%s)
  for _ in $(seq 1 600); do n=$(index_size || echo 0); [ "$n" -ge "$((RESULTS + NEEDS))" ] && break; sleep 2; done
  echo "index holds $n vectors, $(( $(date +%s) - t0 )) s after the load"
fi
echo "== app memory with the vector index: $(app_rss)"
echo "== full recomputation (staff command)"
java -cp "$CP" deploy/bench/MatchBench.java recompute "http://localhost:$PORT" "$ADMIN_PASS"
echo "== app memory after recomputation: $(app_rss)"
echo "== matches over HTTP (GET /api/v1/needs/{id}/matches)"
java -cp "$CP" deploy/bench/MatchBench.java matches "http://localhost:$PORT" "$REQUESTS"
echo "== app memory: $(app_rss)"
