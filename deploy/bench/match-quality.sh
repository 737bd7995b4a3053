#!/usr/bin/env bash
# Matching quality: each CSL paper becomes a result and an enterprise-style need written from its
# keywords and discipline; reports Recall@10, MRR and nDCG@10 of the engine next to plain BM25.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_start techmarket_quality
java -cp "$CP" deploy/bench/MatchBench.java load-quality "$DATA"
java -cp "$CP" deploy/bench/MatchBench.java recompute "http://localhost:$PORT" "$ADMIN_PASS"
java -cp "$CP" deploy/bench/MatchBench.java quality "http://localhost:$PORT" "$DATA"
