#!/usr/bin/env bash
# Voucher ledger throughput: CLIENTS concurrent enterprises reserve voucher money over HTTP for
# SECONDS after WARMUP seconds not counted, then the whole-ledger invariant check.
#   deploy/bench/voucher-bench.sh [clients=64] [seconds=30] [warmup=15] [load=wrk|java]
# The load comes from wrk (installed from Debian's packages when missing) or, with "java", from
# the bench program's own java.net.http clients (which take a third of a core themselves).
set -euo pipefail
CLIENTS=${1:-64}
SECONDS_=${2:-30}
WARMUP=${3:-15}
LOAD=${4:-wrk}
if [ "$LOAD" = wrk ] && ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
  else sudo -n apt-get install -y -q wrk; fi
fi
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_start techmarket_vbench
java -cp "$CP" deploy/bench/VoucherBench.java "http://localhost:$PORT" "$ADMIN_PASS" "$CLIENTS" "$SECONDS_" "$WARMUP" "$LOAD"
echo "== app memory: $(app_rss)"
