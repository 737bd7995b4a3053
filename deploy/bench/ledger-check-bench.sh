#!/usr/bin/env bash
# How long the whole-ledger invariant check takes on a large ledger: VOUCHERS vouchers of one
# program written straight into the database (accounts, ISSUE transactions, and a RESERVE for every
# other voucher), then GET /api/v1/ledger/check timed RUNS times.
#   deploy/bench/ledger-check-bench.sh [vouchers=100000] [runs=5]
set -euo pipefail
VOUCHERS=${1:-100000}
RUNS=${2:-5}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_start techmarket_lbench
BIN=$(tm_pg_bindir)
DB=${QUARKUS_DATASOURCE_JDBC_URL##*/}
FACE=1000000
program=$(curl -sf -u "admin:$ADMIN_PASS" -H 'Content-Type: application/json' -H "Idempotency-Key: lbench-$$" \
  -d "{\"name\":\"账本核对基准\",\"year\":2026,\"budgetFen\":$((FACE * VOUCHERS * 2)),\"faceValueFen\":$FACE,\"coFundingPercent\":50,\"useDeadline\":\"2099-12-31\",\"redemptionDeadline\":\"2099-12-31\",\"categories\":[\"TESTING\"]}" \
  "http://localhost:$PORT/api/v1/voucher-programs" | sed 's/.*"id":\([0-9]*\).*/\1/')
echo "== program $program; writing $VOUCHERS vouchers with their ledger"
t0=$(date +%s)
tm_psql "$BIN" -q -v ON_ERROR_STOP=1 -d "$DB" <<SQL
INSERT INTO organisation (name, type, credit_code, region_code, contact_name, contact_phone, status, verified_at)
SELECT '核对基准企业' || g, 'ENTERPRISE', '91620100LC' || lpad(g::text, 8, '0'), '620102', '基准', '0931-0000000', 'VERIFIED', now()
  FROM generate_series(1, $VOUCHERS) g;
INSERT INTO voucher_application (program_id, organisation_id, applicant_id, purpose, status, decided_at)
SELECT $program, o.id, (SELECT id FROM user_account WHERE username = 'admin'), '基准', 'APPROVED', now()
  FROM organisation o WHERE o.credit_code LIKE '91620100LC%';
INSERT INTO voucher (code, program_id, organisation_id, application_id, face_value_fen, status)
SELECT 'LC' || a.id, a.program_id, a.organisation_id, a.id, $FACE, 'ACTIVE' FROM voucher_application a WHERE a.program_id = $program;
-- Issue every voucher; reserve 100 fen on every other one.
INSERT INTO ledger_account (name, balance_fen)
SELECT 'voucher:' || v.id || ':available', $FACE - CASE WHEN v.id % 2 = 0 THEN 100 ELSE 0 END FROM voucher v WHERE v.program_id = $program
UNION ALL SELECT 'voucher:' || v.id || ':reserved', 100 FROM voucher v WHERE v.program_id = $program AND v.id % 2 = 0;
UPDATE ledger_account SET balance_fen = balance_fen - $FACE::bigint * $VOUCHERS WHERE name = 'program:$program:unissued';
INSERT INTO ledger_transaction (kind, program_id, voucher_id, reference, actor)
SELECT 'ISSUE', v.program_id, v.id, 'application ' || v.application_id, 'bench' FROM voucher v WHERE v.program_id = $program
UNION ALL SELECT 'RESERVE', v.program_id, v.id, 'bench', 'bench' FROM voucher v WHERE v.program_id = $program AND v.id % 2 = 0;
INSERT INTO ledger_entry (transaction_id, account, amount_fen)
SELECT t.id, 'program:' || t.program_id || ':unissued', -$FACE FROM ledger_transaction t WHERE t.kind = 'ISSUE' AND t.actor = 'bench'
UNION ALL SELECT t.id, 'voucher:' || t.voucher_id || ':available', $FACE FROM ledger_transaction t WHERE t.kind = 'ISSUE' AND t.actor = 'bench'
UNION ALL SELECT t.id, 'voucher:' || t.voucher_id || ':available', -100 FROM ledger_transaction t WHERE t.kind = 'RESERVE' AND t.actor = 'bench'
UNION ALL SELECT t.id, 'voucher:' || t.voucher_id || ':reserved', 100 FROM ledger_transaction t WHERE t.kind = 'RESERVE' AND t.actor = 'bench';
ANALYZE;
SQL
echo "== written in $(( $(date +%s) - t0 )) s: $(tm_psql "$BIN" -tA -d "$DB" -c "SELECT count(*) FROM ledger_account") accounts, $(tm_psql "$BIN" -tA -d "$DB" -c "SELECT count(*) FROM ledger_entry") entries"
for i in $(seq 1 "$RUNS"); do
  curl -s -o /tmp/ledger-check.json -w "check $i: %{time_total} s, HTTP %{http_code}\n" -u "admin:$ADMIN_PASS" "http://localhost:$PORT/api/v1/ledger/check"
done
echo "== answer: $(head -c 200 /tmp/ledger-check.json)"
echo "== app memory: $(app_rss)"
