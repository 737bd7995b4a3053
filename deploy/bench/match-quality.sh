#!/usr/bin/env bash
# Matching quality: each CSL paper becomes a result and an enterprise-style need written from its
# keywords and discipline; reports Recall@10, MRR and nDCG@10 of the engine next to plain BM25.
set -euo pipefail
PORT=${BENCH_PORT:-8089}
source "$(dirname "${BASH_SOURCE[0]}")/../local/pg.sh"
DATA=${BENCH_DATA:-$TM_ROOT/../shared/data/csl-papers-dev.jsonl}
[ -f "$DATA" ] || { echo "missing $DATA" >&2; exit 1; }
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; pg_stop; }
trap cleanup EXIT
pg_start techmarket_quality fresh
cd "$TM_ROOT"
[ -f target/quarkus-app/quarkus-run.jar ] && [ "${BENCH_REBUILD:-1}" = 0 ] || ./mvnw -B -ntp -q package -DskipTests
CP="target/quarkus-app/app/*:target/quarkus-app/lib/main/*"
PASS=bench-admin-pass-2026
QUARKUS_HTTP_PORT=$PORT TECHMARKET_ADMIN_PASSWORD=$PASS java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > target/quality-app.log 2>&1 &
app=$!
for _ in $(seq 1 60); do curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
java -cp "$CP" deploy/bench/MatchBench.java load-quality "$DATA"
java -cp "$CP" deploy/bench/MatchBench.java recompute "http://localhost:$PORT" "$PASS"
java -cp "$CP" deploy/bench/MatchBench.java quality "http://localhost:$PORT" "$DATA"
