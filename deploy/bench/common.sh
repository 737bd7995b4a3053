# Shared set-up of the bench scripts: the private database, the built app on $PORT, cleanup.
# Sourced after the script has set its own arguments.
PORT=${BENCH_PORT:-8089}
source "$(dirname "${BASH_SOURCE[0]}")/../local/pg.sh"
DATA=${BENCH_DATA:-$TM_ROOT/../shared/data/csl-papers-dev.jsonl}
[ -f "$DATA" ] || { echo "missing $DATA" >&2; exit 1; }
CP="target/quarkus-app/app/*:target/quarkus-app/lib/main/*"
ADMIN_PASS=bench-admin-pass-2026
app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  pg_stop
}
trap cleanup EXIT
# A cluster with room for a million listings in its buffers (when it is started here).
export TM_PG_EXTRA_OPTS=${TM_PG_EXTRA_OPTS:--c shared_buffers=4GB -c effective_cache_size=12GB}

# bench_start DBNAME: a fresh database, the app built (BENCH_REBUILD=0 reuses a build) and started on it.
bench_start() {
  pg_start "$1" fresh
  cd "$TM_ROOT"
  [ -f target/quarkus-app/quarkus-run.jar ] && [ "${BENCH_REBUILD:-1}" = 0 ] || ./mvnw -B -ntp -q package -DskipTests
  echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, $(uname -r)"
  echo "== PostgreSQL: $(pg_settings "$1" 2>/dev/null || echo 'settings unknown (external database)')"
  : > "target/bench-$1.log"
  bench_app "$1"
}

# bench_app DBNAME: starts the built app (its log appended to target/bench-DBNAME.log) and waits until it is ready.
bench_app() {
  QUARKUS_HTTP_PORT=$PORT TECHMARKET_ADMIN_PASSWORD=$ADMIN_PASS java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar \
    >> "target/bench-$1.log" 2>&1 &
  app=$!
  for _ in $(seq 1 60); do curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
}

app_rss() { ps -o rss= -p "$app" | awk '{printf "%.0f MB RSS", $1/1024}'; }
