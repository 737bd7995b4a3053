#!/usr/bin/env bash
# Matching quality: each CSL paper becomes a result, and three needs are written from its keywords and
# discipline (three styles, only the style's words); reports Recall@10, MRR@10, same-discipline P@10 and
# nDCG@10 of the engine, plain BM25 and the vectors alone, per style, and the embedding throughput.
#   deploy/bench/match-quality.sh [in-order|reversed|shuffled]   (the order the results are inserted in)
set -euo pipefail
ORDER=${1:-in-order}
case "$ORDER" in in-order|reversed|shuffled) ;; *) echo "usage: $0 [in-order|reversed|shuffled]" >&2; exit 2 ;; esac
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
export TECHMARKET_MATCHING_EMBEDDING_THREADS=${TECHMARKET_MATCHING_EMBEDDING_THREADS:-2}
echo "== insertion order of the results: $ORDER"
echo "== TECHMARKET_MATCHING_EMBEDDING_THREADS=$TECHMARKET_MATCHING_EMBEDDING_THREADS"
DB=techmarket_quality
LOG=target/bench-$DB.log
bench_start $DB
bench() { java -cp "$CP" deploy/bench/MatchBench.java "$@"; }
bench load-quality "$DATA" "$ORDER"
# The app embeds published listings without a vector in the background (every 10 s, new ids first).
bench wait-embeddings
grep -h "Embedding model .* loaded\|Embedded [0-9]* listings in" "$LOG" | sed 's/^/   app: /' || true
# Each instance reads the vectors computed since it last looked every 5 s.
sleep 8
bench recompute "http://localhost:$PORT" "$ADMIN_PASS"
bench quality "http://localhost:$PORT" "$DATA" "${BENCH_THREADS:-3}"
echo "== app: $(app_rss); warnings and errors in $LOG: $(grep -c ' WARN \| ERROR ' "$LOG" || true)"
