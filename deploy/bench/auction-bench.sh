#!/usr/bin/env bash
# Auction bidding under load: BIDDERS enterprises, registered with their deposits held, bid on one auction in
# its last minutes over HTTP as fast as each can for SECONDS; three runs (one auction each), the median of the
# accepted and refused bids per second, p95 latency, and after each run the checks: bids strictly increasing in
# arrival order, no two at one price, the closing time extended as the rule says, the ledger check clean.
# A warm-up auction of 15 s comes first and is not counted.
#   deploy/bench/auction-bench.sh [bidders=64] [seconds=30] [runs=3]
set -euo pipefail
BIDDERS=${1:-64}
SECONDS_=${2:-30}
RUNS=${3:-3}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# The notice job runs every 2 s here, so that a trade whose notice period the bench ends goes to auction at once.
export TECHMARKET_TRADING_NOTICE_EVERY=2s
bench_start techmarket_abench
java -cp "$CP" deploy/bench/AuctionBench.java "http://localhost:$PORT" "$ADMIN_PASS" "$BIDDERS" "$SECONDS_" "$RUNS"
echo "== app memory: $(app_rss)"
