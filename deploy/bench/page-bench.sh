#!/usr/bin/env bash
# Page speed: requests per second and latency of the platform's pages and API, each beside a
# TechEmpower-style Fortunes baseline (deploy/bench/fortunes/: the same stack, one query, one template)
# run in the same private PostgreSQL cluster, measured with wrk.
#   deploy/bench/page-bench.sh [volume=demo|65k|1m]
# demo: the demo data set alone; 65k: 65,634 results + 1,479 needs (SearchBench.java load) plus the demo
# data; 1m: 1,000,000 results + 1,479 needs plus the demo data. BENCH_REUSE=1 keeps an already loaded
# 65k/1m database (techmarket_pages_<volume>) instead of loading it again (1M takes ~20 min).
# Each URL: a WARMUP-second wrk run not counted, then a DURATION-second measured run; the whole list,
# Fortunes included, is measured RUNS times and the table gives each URL's median run.
# Environment: WARMUP=10 DURATION=10 RUNS=3 THREADS=2 CONNECTIONS=32 WRK_TIMEOUT=30s, BENCH_PORT (the
# platform, default 8089; Fortunes on BENCH_PORT+1 or FORTUNES_PORT), BENCH_REBUILD=0 (reuse both builds),
# BENCH_VECTORS (65k/1m: 1 stores text vectors with the load, as match-bench.sh does).
# The figures (issue 15): at 1m the load adds STATS_CONTRACTS=100000 registered contracts, STATS_VOUCHERS=100000
# vouchers with their ledger movements and STATS_CASES=20000 match cases (stats-load.sql; 0 at demo/65k unless
# set). PAGE_SET=stats measures only Fortunes, /, /stats and /api/v1/stats; STATS_LATENCY=1 (default) then
# restarts the platform with the home page read on every request (techmarket.stats.home-max-age=0) and times
# STATS_REQUESTS=60 sequential requests of each figures page, uncached (p50, p95, max), after STATS_WARMUP=50.
set -euo pipefail
VOLUME=${1:-demo}
case "$VOLUME" in
  demo) RESULTS=0 NEEDS=0 ;;
  65k) RESULTS=65634 NEEDS=1479 ;;
  1m) RESULTS=1000000 NEEDS=1479 ;;
  *) echo "usage: $0 [demo|65k|1m]" >&2; exit 2 ;;
esac
if [ "$VOLUME" = 1m ]; then STATS_DEFAULT=100000; else STATS_DEFAULT=0; fi
STATS_CONTRACTS=${STATS_CONTRACTS:-$STATS_DEFAULT}
STATS_VOUCHERS=${STATS_VOUCHERS:-$STATS_DEFAULT}
STATS_CASES=${STATS_CASES:-$(( STATS_DEFAULT / 5 ))}
PAGE_SET=${PAGE_SET:-all}
STATS_LATENCY=${STATS_LATENCY:-1}
STATS_REQUESTS=${STATS_REQUESTS:-60}
# Requests of each page before the timed ones: the restarted platform compiles its code as it goes.
STATS_WARMUP=${STATS_WARMUP:-50}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-10}
RUNS=${RUNS:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
WRK_TIMEOUT=${WRK_TIMEOUT:-30s}
DB=techmarket_pages_$VOLUME
DEMO_PASS=demo-pass-2026
# Logged-in pages are read as a market user (owner of demo needs, holder of vouchers); the API as staff,
# whose reads of a listing's contact details are not rate-limited (other members get 429 after 120 an hour).
PAGE_USER=${PAGE_USER:-demo-enterprise}
API_USER=${API_USER:-demo-staff}
# Vectors are stored with the load (~1 min more at 1M): without them the app would embed every loaded
# listing in the background (26 per second, a core busy for hours at 1M) while it is being measured.
export BENCH_VECTORS=${BENCH_VECTORS:-1}
# The demo accounts are needed for the logged-in pages at every volume (loaded into an empty database).
export TECHMARKET_DEMO_DATA=true

if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  echo "page-bench creates its databases in the bench's private PostgreSQL cluster: unset QUARKUS_DATASOURCE_JDBC_URL" >&2
  exit 1
fi
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
  else sudo -n apt-get install -y -q wrk; fi
fi
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
FORTUNES_PORT=${FORTUNES_PORT:-$((PORT + 1))}
APP_URL=http://localhost:$PORT
FORTUNES_URL=http://localhost:$FORTUNES_PORT
OUT=$TM_ROOT/target/page-bench-$VOLUME
fortunes=""
stop_fortunes() {
  if [ -n "$fortunes" ]; then kill "$fortunes" 2>/dev/null || true; wait "$fortunes" 2>/dev/null || true; fortunes=""; fi
}
trap 'stop_fortunes; cleanup' EXIT

die() { echo "page-bench: $*" >&2; exit 1; }
sql() { PGOPTIONS='-c client_min_messages=warning' tm_psql "$(tm_pg_bindir)" -X -tAq -d "${2:-$DB}" -c "$1"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
# wait_ready: bench_app waits 60 s at most; a first start or a million vectors may take longer.
wait_ready() {
  for _ in $(seq 1 600); do curl -sf "$APP_URL/q/health/ready" >/dev/null && return 0; sleep 0.5; done
  die "the app is not ready (target/bench-$DB.log)"
}
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

# ---- the platform's database: reuse a loaded one (BENCH_REUSE=1) or start fresh ------------------------
reused=0
if [ "$VOLUME" != demo ] && [ "${BENCH_REUSE:-0}" = 1 ]; then
  pg_start "$DB"
  have=$(sql "SELECT CASE WHEN to_regclass('listing_search_idx') IS NULL THEN 0 ELSE
                (SELECT count(*) FROM listing WHERE kind = 'RESULT' AND source_key LIKE 'bench:%') END" 2>/dev/null || echo 0)
  if [ "$have" = "$RESULTS" ]; then reused=1; else echo "== BENCH_REUSE: $DB holds ${have:-0} loaded results, not $RESULTS: loading anew"; fi
fi
if [ "$reused" = 1 ]; then
  # What bench_start does, without dropping the database.
  cd "$TM_ROOT"
  [ -f target/quarkus-app/quarkus-run.jar ] && [ "${BENCH_REBUILD:-1}" = 0 ] || ./mvnw -B -ntp -q package -DskipTests
  echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, $(uname -r)"
  echo "== PostgreSQL: $(pg_settings "$DB" 2>/dev/null || echo 'settings unknown')"
  echo "== volume $VOLUME: reusing $DB ($RESULTS loaded results)"
  : > "target/bench-$DB.log"
else
  # A fresh database; the first start of the app migrates it and loads the demo data (into an empty database only).
  bench_start "$DB"
  wait_ready
  if [ "$VOLUME" != demo ]; then
    echo "== load $RESULTS results + $NEEDS needs (text vectors: $([ "$BENCH_VECTORS" = 0 ] && echo no || echo yes))"
    java -Xmx2g -cp "$CP" deploy/bench/SearchBench.java load "$RESULTS" "$NEEDS" "$DATA"
  fi
fi
# The figures' records (idempotent: a database that has them keeps them).
if [ "$STATS_CONTRACTS" -gt 0 ] || [ "$STATS_VOUCHERS" -gt 0 ]; then
  if [ "$reused" = 1 ]; then
    # Migrate a reused database first (the figures' tables and indexes come with the app's migrations).
    bench_app "$DB"; wait_ready; kill "$app"; wait "$app" 2>/dev/null || true; app=""
  fi
  loaded=$(now)
  PGOPTIONS='-c client_min_messages=warning' tm_psql "$(tm_pg_bindir)" -X -q -d "$DB" -v contracts="$STATS_CONTRACTS" \
    -v vouchers="$STATS_VOUCHERS" -v cases="$STATS_CASES" -f deploy/bench/stats-load.sql
  echo "== figures' records ready in $(since "$loaded") s: $(sql "SELECT count(*) FROM contract WHERE status = 'REGISTERED'") registered contracts, $(sql "SELECT count(*) FROM voucher") vouchers, $(sql "SELECT count(*) FROM ledger_transaction") ledger transactions, $(sql "SELECT count(*) FROM match_case") match cases"
fi
mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$OUT"/runs.tsv

# ---- the platform, (re)started on the prepared database: start-up time, then wait for background work ----
if [ -n "$app" ]; then kill "$app"; wait "$app" 2>/dev/null || true; app=""; fi
launched=$(now)
launched_epoch=$(date +%s)
bench_app "$DB"
wait_ready
APP_START=$(since "$launched")
APP_QUARKUS=$(grep -o 'started in [0-9.]*s' "target/bench-$DB.log" | tail -1 || true)

# A reused database loaded without vectors: the app embeds its listings in the background (not waited for).
if [ "$reused" = 1 ] && [ "$BENCH_VECTORS" != 0 ]; then
  without=$(sql "SELECT count(*) FROM listing l WHERE l.status = 'PUBLISHED' AND l.source_key LIKE 'bench:%'
                   AND NOT EXISTS (SELECT 1 FROM listing_embedding e WHERE e.listing_id = l.id)")
  [ "$without" -lt 1000 ] || BENCH_VECTORS=0
fi
# Measure a settled instance: the vector index loaded, the word statistics recomputed by the job that runs
# 20 s after start, the match refresh queue drained, every published listing with its vector (all of which
# would otherwise run beside the first measurements).
index_loaded() { curl -sf "$APP_URL/q/health/ready" | python3 -c \
  'import json,sys; d=[c["data"] for c in json.load(sys.stdin)["checks"] if c["name"]=="vector-index"][0]; print(str(d["loaded"]).lower())'; }
# settle: waits (30 min at most) until the instance launched at $launched_epoch has settled; sets $settled.
settle() {
  settled=""
  for _ in $(seq 1 360); do
    stats=$(sql "SELECT count(*) FROM search_corpus_stat WHERE computed_at >= to_timestamp($launched_epoch)")
    queued=$(sql "SELECT count(*) FROM match_refresh")
    missing=0
    if [ "$VOLUME" = demo ] || [ "$BENCH_VECTORS" != 0 ]; then
      missing=$(sql "SELECT count(*) FROM listing l WHERE l.status = 'PUBLISHED'
                       AND NOT EXISTS (SELECT 1 FROM listing_embedding e WHERE e.listing_id = l.id)")
    fi
    if [ "$stats" -ge 2 ] && [ "$queued" = 0 ] && [ "$missing" = 0 ] && [ "$(index_loaded || echo false)" = true ]; then
      settled=$(since "$launched"); break
    fi
    sleep 5
  done
}
settle
[ -n "$settled" ] || echo "== WARNING: background work still running after 30 min (word statistics $stats/2, queue $queued, listings without vector $missing)"
if [ "$VOLUME" != demo ] && [ "$BENCH_VECTORS" = 0 ]; then
  echo "== WARNING: loaded without text vectors (BENCH_VECTORS=0): the app embeds the loaded listings in the background during the measurements (one core)"
fi

# ---- the Fortunes baseline: its own database in the same cluster, its own app on FORTUNES_PORT ------------
cd "$TM_ROOT"
if [ ! -f deploy/bench/fortunes/target/quarkus-app/quarkus-run.jar ] || [ "${BENCH_REBUILD:-1}" != 0 ]; then
  ./mvnw -B -ntp -q -f deploy/bench/fortunes/pom.xml package -DskipTests
fi
sql "DROP DATABASE IF EXISTS fortunes WITH (FORCE)" postgres
sql "CREATE DATABASE fortunes" postgres
PGCLIENTENCODING=UTF8 PGOPTIONS='-c client_min_messages=warning' tm_psql "$(tm_pg_bindir)" -X -q -v ON_ERROR_STOP=1 -d fortunes -f deploy/bench/fortunes/fortunes.sql >/dev/null
launched=$(now)
QUARKUS_HTTP_PORT=$FORTUNES_PORT QUARKUS_DATASOURCE_JDBC_URL=${QUARKUS_DATASOURCE_JDBC_URL%/*}/fortunes \
  java -Xmx1g -jar deploy/bench/fortunes/target/quarkus-app/quarkus-run.jar > "target/bench-fortunes.log" 2>&1 &
fortunes=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null "$FORTUNES_URL/fortunes" && break; sleep 0.1; done
curl -sf -o /dev/null "$FORTUNES_URL/fortunes" || die "the Fortunes app did not start (target/bench-fortunes.log)"
FORTUNES_START=$(since "$launched")
rows=$(curl -sf "$FORTUNES_URL/fortunes" | grep -c '<tr><td>' || true)
[ "$rows" = 13 ] || die "/fortunes shows $rows rows, not 13"
curl -sf "$FORTUNES_URL/fortunes" | grep -q '&lt;script&gt;' || die "/fortunes does not escape the messages"

# ---- what to request: queries that find listings, existing ids, logins ----------------------------------
if [ "$VOLUME" = demo ]; then
  # Words of the demo listings' keywords (疫苗: the animal vaccine adjuvant; 2 and 3 words of its keywords).
  Q1=${PAGE_Q1:-疫苗} Q2=${PAGE_Q2:-疫苗 佐剂} Q3=${PAGE_Q3:-口蹄疫 疫苗 佐剂}
  RESULT_ID=$(sql "SELECT min(id) FROM listing WHERE kind = 'RESULT' AND status = 'PUBLISHED'")
  # A published need of the logged-in user's organisation (so the page also offers to open a case).
  NEED_ID=$(sql "SELECT min(l.id) FROM listing l JOIN user_account u ON u.organisation_id = l.organisation_id
                  WHERE u.username = '$PAGE_USER' AND l.kind = 'NEED' AND l.status = 'PUBLISHED'")
else
  # A loaded result from the middle of the table: its id, and 1, 2 and 3 of its keywords as queries (the
  # listing holds them all, so each query finds at least it; the counts are printed below).
  read -r RESULT_ID Q1 Q2 Q3 < <(sql "
    SELECT id, keywords[1], keywords[1] || '+' || keywords[2], keywords[1] || '+' || keywords[2] || '+' || keywords[3]
      FROM listing WHERE kind = 'RESULT' AND status = 'PUBLISHED' AND source_key LIKE 'bench:%'
       AND cardinality(keywords) >= 3 AND array_to_string(keywords[1:3], '') !~ '[[:space:]+|]'
       AND id >= (SELECT (min(id) + max(id)) / 2 FROM listing WHERE kind = 'RESULT' AND source_key LIKE 'bench:%')
     ORDER BY id LIMIT 1" | tr '|' ' ')
  Q1=${PAGE_Q1:-$Q1} Q2=${PAGE_Q2:-${Q2//+/ }} Q3=${PAGE_Q3:-${Q3//+/ }}
  # A loaded need from the middle: its matches are ranked against the loaded results (as match-bench.sh does).
  NEED_ID=$(sql "SELECT id FROM listing WHERE kind = 'NEED' AND status = 'PUBLISHED' AND source_key LIKE 'bench:%'
                  ORDER BY id OFFSET $((NEEDS / 2)) LIMIT 1")
fi
RESULT_ID=${PAGE_RESULT_ID:-$RESULT_ID}
NEED_ID=${PAGE_NEED_ID:-$NEED_ID}
[ -n "$RESULT_ID" ] && [ -n "$NEED_ID" ] && [ -n "$Q1" ] || die "no published result or need found in $DB"

# login USER: a fresh form login (no HTTP Basic: a bcrypt check per request would dominate); prints the
# Cookie header a browser would then send (the session cookie and the CSRF cookie the pages set).
login() {
  local jar; jar=$(mktemp)
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" \
    --data-urlencode "j_username=$1" --data-urlencode "j_password=$DEMO_PASS" "$APP_URL/j_security_check")
  case "$status" in 302|303) ;; *) rm -f "$jar"; die "login of $1 answered $status" ;; esac
  curl -s -o /dev/null -b "$jar" -c "$jar" "$APP_URL/"
  grep -q 'techmarket-session' "$jar" || { rm -f "$jar"; die "login of $1 gave no session cookie"; }
  awk -F'\t' 'NF == 7 { printf "%s%s=%s", n++ ? "; " : "", $6, $7 }' "$jar"
  rm -f "$jar"
}
# The CSRF cookie an anonymous visitor has after the first page.
anon_jar=$(mktemp)
curl -s -o /dev/null -c "$anon_jar" "$APP_URL/"
ANON_COOKIE=$(awk -F'\t' 'NF == 7 { printf "%s%s=%s", n++ ? "; " : "", $6, $7 }' "$anon_jar")
rm -f "$anon_jar"
# A personal API token of the API user (made once with the password; the API then checks a hash, cached 5 s).
TOKEN=$(curl -sf -u "$API_USER:$DEMO_PASS" -H 'Content-Type: application/json' \
  -d "{\"currentPassword\":\"$DEMO_PASS\",\"name\":\"page-bench\",\"validDays\":1}" "$APP_URL/api/v1/me/tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])') || die "could not make an API token for $API_USER"

# The URLs: label, URL, who asks (fortunes: nobody; anon: a visitor with the CSRF cookie; user: PAGE_USER's
# session; token: API_USER's bearer token), and "optional" for a page left out (loudly) when it does not answer
# 200 — every other URL must answer 200 or the bench stops.
LABELS=() URLS=() WHO=() OPTIONAL=()
add() { LABELS+=("$1"); URLS+=("$2"); WHO+=("$3"); OPTIONAL+=("${4:-}"); }
add "Fortunes /fortunes" "$FORTUNES_URL/fortunes" fortunes
add "/" "$APP_URL/" anon
add "/stats" "$APP_URL/stats" anon
add "API /api/v1/stats" "$APP_URL/api/v1/stats" anon
if [ "$PAGE_SET" != stats ]; then
add "/results" "$APP_URL/results" anon
add "/needs" "$APP_URL/needs" anon
add "/results?q=$Q1" "$APP_URL/results?q=$(urlencode "$Q1")" anon
add "/results?q=$Q2" "$APP_URL/results?q=$(urlencode "$Q2")" anon
add "/results?q=$Q3" "$APP_URL/results?q=$(urlencode "$Q3")" anon
add "/results/$RESULT_ID" "$APP_URL/results/$RESULT_ID" anon
add "/needs/$NEED_ID/matches ($PAGE_USER)" "$APP_URL/needs/$NEED_ID/matches" user
# The deal feed in the main navigation (ContractPageResource). In this build GET /deals answers 404: the class
# DealPageResource, @Path("/deals") with only /deals/{id}, takes the path first.
add "/deals ($PAGE_USER)" "$APP_URL/deals" user optional
add "/vouchers ($PAGE_USER)" "$APP_URL/vouchers" user
add "API /api/v1/results?q=$Q1" "$APP_URL/api/v1/results?q=$(urlencode "$Q1")" token
add "API /api/v1/results/$RESULT_ID" "$APP_URL/api/v1/results/$RESULT_ID" token
add "API /api/v1/needs/$NEED_ID/matches" "$APP_URL/api/v1/needs/$NEED_ID/matches" token
fi

# headers_for WHO: the wrk/curl header arguments (into the array HDR). A logged-in user logs in afresh for
# each URL: form-auth cookies are re-issued on every answer once they are a minute old, which a browser
# would take up and wrk cannot (with the defaults, warm-up + run last 20 s).
headers_for() {
  HDR=()
  case "$1" in
    anon) [ -z "$ANON_COOKIE" ] || HDR=(-H "Cookie: $ANON_COOKIE") ;;
    user) local cookie; cookie=$(login "$PAGE_USER") || exit 1; HDR=(-H "Cookie: $cookie") ;;
    token) HDR=(-H "Authorization: Bearer $TOKEN" -H "Accept: application/json") ;;
  esac
}

# http_status I: the status URL I answers with the headers in HDR.
http_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 60 "${HDR[@]}" "${URLS[$1]}"; }
# check I: the URL answers 200 with these headers (and a logged-in page shows the user logged in), else the bench stops.
check() {
  local i=$1 body; body=$(mktemp)
  local status; status=$(curl -s -o "$body" -w '%{http_code}' --max-time 60 "${HDR[@]}" "${URLS[$i]}")
  if [ "$status" != 200 ]; then
    echo "page-bench: ${LABELS[$i]} (${URLS[$i]}) answered $status:" >&2; head -c 600 "$body" >&2; echo >&2
    rm -f "$body"; exit 1
  fi
  if [ "${WHO[$i]}" = user ] && ! grep -q 'href="/logout"' "$body"; then
    rm -f "$body"; die "${LABELS[$i]}: the page does not show $PAGE_USER logged in"
  fi
  rm -f "$body"
}

echo "== apps: platform on :$PORT ready ${APP_START} s after launch ($APP_QUARKUS by its own log), settled (vector index, word statistics, queues) after ${settled:-?} s; Fortunes on :$FORTUNES_PORT serving ${FORTUNES_START} s after launch"
total() { curl -sf "$APP_URL/api/v1/results?q=$(urlencode "$1")&size=1" | python3 -c \
  'import json,sys; d=json.load(sys.stdin); print(("≥" if d.get("totalIsLowerBound") else "") + str(d["total"]))'; }
T1=$(total "$Q1") T2=$(total "$Q2") T3=$(total "$Q3")
echo "== queries (results found): 1 word \"$Q1\" ($T1), 2 words \"$Q2\" ($T2), 3 words \"$Q3\" ($T3)"
for t in "$T1" "$T2" "$T3"; do [ "$t" != 0 ] || die "a query finds nothing: set PAGE_Q1/PAGE_Q2/PAGE_Q3"; done
echo "== result $RESULT_ID: $(sql "SELECT title FROM listing WHERE id = $RESULT_ID"); need $NEED_ID: $(sql "SELECT title FROM listing WHERE id = $NEED_ID")"
echo "== logged-in pages as $PAGE_USER (form login, session cookie); API as $API_USER (bearer token); other pages anonymous"
ACTIVE=() SKIPPED=()
for i in "${!URLS[@]}"; do
  headers_for "${WHO[$i]}"
  if [ -n "${OPTIONAL[$i]}" ] && status=$(http_status "$i") && [ "$status" != 200 ]; then
    echo "== WARNING: ${LABELS[$i]} answers $status: not measured"
    SKIPPED[$i]=$status
    continue
  fi
  check "$i"
  ACTIVE+=("$i")
done
echo "== wrk -t$THREADS -c$CONNECTIONS --latency --timeout $WRK_TIMEOUT: ${WARMUP} s warm-up (not counted) + ${DURATION} s measured per URL, $RUNS round(s): about $(( (${#ACTIVE[@]} * (WARMUP + DURATION) * RUNS + 59) / 60 )) min"

# wrk_summary FILE: "req/s p50_ms p99_ms non2xx socket_errors" from wrk's --latency output.
wrk_summary() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    /Socket errors:/ { gsub(/,/, ""); err = $4 + $6 + $8 + $10 }
    END { printf "%.1f %.2f %.2f %d %d\n", rps, p50, p99, bad, err }' "$1"
}

for round in $(seq 1 "$RUNS"); do
  echo "-- round $round/$RUNS"
  for i in "${ACTIVE[@]}"; do
    headers_for "${WHO[$i]}"
    check "$i"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout "$WRK_TIMEOUT" "${HDR[@]}" "${URLS[$i]}" > "$OUT/warmup-$round-$i.txt"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$WRK_TIMEOUT" --latency "${HDR[@]}" "${URLS[$i]}" > "$OUT/run-$round-$i.txt"
    # Still 200 (and still logged in) after the run: wrk does not count redirects as errors.
    check "$i"
    read -r rps p50 p99 bad err < <(wrk_summary "$OUT/run-$round-$i.txt")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$i" "$rps" "$p50" "$p99" "$bad" "$err" >> "$OUT/runs.tsv"
    printf '   %s: %s req/s, p50 %s ms, p99 %s ms%s\n' "${LABELS[$i]}" "$rps" "$p50" "$p99" \
      "$([ "$bad$err" = 00 ] || echo "  ($bad non-2xx, $err socket errors)")"
  done
done

# ---- the table: each URL's median run (by req/s) ---------------------------------------------------------
median_run() { awk -F'\t' -v i="$1" '$2 == i' "$OUT/runs.tsv" | sort -t$'\t' -k3,3g | sed -n "$(( (RUNS + 1) / 2 ))p"; }
fortunes_rps=$(median_run 0 | cut -f3)
echo
echo "### Pages at volume $VOLUME ($([ "$VOLUME" = demo ] && echo 'demo data' || echo "$RESULTS results + $NEEDS needs + demo data")), median of $RUNS run(s), wrk -t$THREADS -c$CONNECTIONS, ${DURATION} s each"
echo
echo "| page | req/s | p50 | p99 | share of Fortunes |"
echo "|---|---|---|---|---|"
notes=""
for i in "${!URLS[@]}"; do
  if [ -n "${SKIPPED[$i]:-}" ]; then echo "| ${LABELS[$i]} | not measured: HTTP ${SKIPPED[$i]} | | | |"; continue; fi
  IFS=$'\t' read -r _ _ rps p50 p99 _ _ < <(median_run "$i")
  share=$(awk -v a="$rps" -v b="$fortunes_rps" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else printf "?" }')
  echo "| ${LABELS[$i]} | $rps | $p50 ms | $p99 ms | $share |"
  # Errors over all measured runs of this URL.
  read -r bad err < <(awk -F'\t' -v i="$i" '$2 == i { b += $6; e += $7 } END { print b + 0, e + 0 }' "$OUT/runs.tsv")
  [ "$bad$err" = 00 ] || notes+="  ${LABELS[$i]}: $bad non-2xx answers, $err socket errors (all runs)"$'\n'
done
echo
echo "req/s of every run (rounds in order):"
for i in "${ACTIVE[@]}"; do
  printf '  %s: %s\n' "${LABELS[$i]}" "$(awk -F'\t' -v i="$i" '$2 == i { printf "%s%s", n++ ? " / " : "", $3 }' "$OUT/runs.tsv")"
done
if [ -z "$notes" ]; then echo "wrk: no non-2xx answers, no socket errors"; else echo "wrk errors:"; printf '%s' "$notes"; fi
echo "== start-up: platform ready after $APP_START s (settled after ${settled:-?} s), Fortunes after $FORTUNES_START s"
echo "== app memory: $(app_rss) (platform); Fortunes $(ps -o rss= -p "$fortunes" | awk '{printf "%.0f MB RSS", $1/1024}')"
echo "== wrk outputs: $OUT"

# ---- the figures uncached: the platform restarted with the home page read on every request ---------------
if [ "$STATS_LATENCY" = 1 ]; then
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
  launched=$(now)
  launched_epoch=$(date +%s)
  TECHMARKET_STATS_HOME_MAX_AGE=PT0S bench_app "$DB"
  wait_ready
  # Measured once settled, as above (the vector index of every listing loads in the background at start).
  settle
  YEAR=$(TZ=Asia/Shanghai date +%Y)
  echo
  echo "### Figures uncached at volume $VOLUME: $STATS_REQUESTS sequential requests each (after $STATS_WARMUP not counted), one client"
  echo
  echo "| page | p50 | p95 | max |"
  echo "|---|---|---|---|"
  for path in "/" "/stats" "/stats?year=$YEAR" "/stats?region=620000" "/stats?year=$YEAR&quarter=1&field=NEW_MATERIALS" \
              "/api/v1/stats" "/api/v1/stats?year=$YEAR" "/stats/funnel" "/api/v1/stats/funnel"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$APP_URL$path")
    [ "$status" = 200 ] || die "$path answered $status"
    for _ in $(seq 1 "$STATS_WARMUP"); do curl -s -o /dev/null "$APP_URL$path"; done
    times=$(for _ in $(seq 1 "$STATS_REQUESTS"); do curl -s -o /dev/null -w '%{time_total}\n' "$APP_URL$path"; done | sort -g)
    read -r p50 p95 max < <(printf '%s\n' "$times" | awk '{ t[NR] = $1 * 1000 } END {
      printf "%.1f %.1f %.1f\n", t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.999)], t[NR] }')
    echo "| $path | $p50 ms | $p95 ms | $max ms |"
  done
fi