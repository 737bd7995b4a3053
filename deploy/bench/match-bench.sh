#!/usr/bin/env bash
# Matching speed: loads N results and M needs (as search-bench.sh does), recomputes all needs'
# matches through the staff command, then times top-10 matches for random needs over HTTP.
#   deploy/bench/match-bench.sh [results=65634] [needs=1479] [requests=500]
set -euo pipefail
RESULTS=${1:-65634}
NEEDS=${2:-1479}
REQUESTS=${3:-500}
PORT=${BENCH_PORT:-8089}
source "$(dirname "${BASH_SOURCE[0]}")/../local/pg.sh"
DATA=${BENCH_DATA:-$TM_ROOT/../shared/data/csl-papers-dev.jsonl}
[ -f "$DATA" ] || { echo "missing $DATA" >&2; exit 1; }
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; pg_stop; }
trap cleanup EXIT
export TM_PG_EXTRA_OPTS=${TM_PG_EXTRA_OPTS:--c shared_buffers=4GB -c effective_cache_size=12GB}
pg_start techmarket_bench fresh
cd "$TM_ROOT"
[ -f target/quarkus-app/quarkus-run.jar ] && [ "${BENCH_REBUILD:-1}" = 0 ] || ./mvnw -B -ntp -q package -DskipTests
CP="target/quarkus-app/app/*:target/quarkus-app/lib/main/*"
PASS=bench-admin-pass-2026
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM"
QUARKUS_HTTP_PORT=$PORT TECHMARKET_ADMIN_PASSWORD=$PASS java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > target/bench-app.log 2>&1 &
app=$!
for _ in $(seq 1 60); do curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
echo "== load"
java -Xmx2g -cp "$CP" deploy/bench/SearchBench.java load "$RESULTS" "$NEEDS" "$DATA"
echo "== full recomputation (staff command)"
java -cp "$CP" deploy/bench/MatchBench.java recompute "http://localhost:$PORT" "$PASS"
echo "== app memory after recomputation: $(ps -o rss= -p $app | awk '{printf "%.0f MB RSS", $1/1024}')"
echo "== matches over HTTP (GET /api/v1/needs/{id}/matches)"
java -cp "$CP" deploy/bench/MatchBench.java matches "http://localhost:$PORT" "$REQUESTS"
echo "== app memory: $(ps -o rss= -p $app | awk '{printf "%.0f MB RSS", $1/1024}')"
