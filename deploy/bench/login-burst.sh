#!/usr/bin/env bash
# A login flood beside a logged-in user (issue 10): unknown-user Basic logins from one address, then
# from a new address per request, while one session reads a database-backed staff list.
#   deploy/bench/login-burst.sh [attackers=150] [readers=4] [seconds=20]
set -euo pipefail
ATTACKERS=${1:-150}
READERS=${2:-4}
SECONDS_=${3:-20}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_start techmarket_lbench
echo "== settings: bcrypt checks at once = cores ($(nproc)), queue wait 5 s, 30 failed logins per address per 5 min," \
  "pool 40 connections"
java deploy/bench/LoginBurstBench.java "http://localhost:$PORT" "$ADMIN_PASS" "$ATTACKERS" "$READERS" "$SECONDS_"
echo "== app memory: $(app_rss)"
echo "== pool exhaustion errors in the app log: $(grep -c 'Unable to acquire JDBC Connection' target/bench-techmarket_lbench.log || true)"
