#!/usr/bin/env bash
# Search benchmark: loads N results and M needs built from ../shared/data/csl-papers-dev.jsonl
# into a fresh database, starts the platform on it and measures search latency over HTTP.
#   deploy/bench/search-bench.sh [results=65634] [needs=1479] [requests=2000] [clients=1]
set -euo pipefail
RESULTS=${1:-65634}
NEEDS=${2:-1479}
REQUESTS=${3:-2000}
CLIENTS=${4:-1}
PORT=${BENCH_PORT:-8089}
source "$(dirname "${BASH_SOURCE[0]}")/../local/pg.sh"
DATA=${BENCH_DATA:-$TM_ROOT/../shared/data/csl-papers-dev.jsonl}
[ -f "$DATA" ] || { echo "missing $DATA" >&2; exit 1; }
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; pg_stop; }
trap cleanup EXIT
# A bench cluster with room for a million listings in its buffers (only when it starts here).
export TM_PG_EXTRA_OPTS=${TM_PG_EXTRA_OPTS:--c shared_buffers=4GB -c effective_cache_size=12GB}
pg_start techmarket_bench fresh
cd "$TM_ROOT"
[ -f target/quarkus-app/quarkus-run.jar ] && [ "${BENCH_REBUILD:-1}" = 0 ] || ./mvnw -B -ntp -q package -DskipTests
CP="target/quarkus-app/app/*:target/quarkus-app/lib/main/*"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, $(uname -r)"
# Start the app once so that Flyway creates the schema, then load behind its back.
QUARKUS_HTTP_PORT=$PORT java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > target/bench-app.log 2>&1 &
app=$!
for _ in $(seq 1 60); do curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
echo "== load"
java -Xmx2g -cp "$CP" deploy/bench/SearchBench.java load "$RESULTS" "$NEEDS" "$DATA"
echo "== search over HTTP (GET /api/v1/results?q=…, 1–4 terms from author keywords)"
java -cp "$CP" deploy/bench/SearchBench.java query "http://localhost:$PORT" "$REQUESTS" "$DATA" "$CLIENTS"
echo "== app memory: $(ps -o rss= -p $app | awk '{printf "%.0f MB RSS", $1/1024}')"
