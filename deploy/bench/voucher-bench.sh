#!/usr/bin/env bash
# Voucher ledger throughput: CLIENTS concurrent enterprises reserve voucher money over HTTP for
# SECONDS, then the whole-ledger invariant check.   deploy/bench/voucher-bench.sh [clients=64] [seconds=30]
set -euo pipefail
CLIENTS=${1:-64}
SECONDS_=${2:-30}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_start techmarket_vbench
java -cp "$CP" deploy/bench/VoucherBench.java "http://localhost:$PORT" "$ADMIN_PASS" "$CLIENTS" "$SECONDS_"
echo "== app memory: $(app_rss)"
