-- The figures benchmark's load (deploy/bench/stats-bench.sh): registered technology contracts, match
-- cases and vouchers with their ledger movements, spread over 2021 to today, on top of a database that
-- already holds the listings (SearchBench.java load) and the demo accounts. Bench data only: names start
-- with 基准, credit codes with 'B', registration numbers with 99, voucher codes with BENCH.
--   psql -v contracts=100000 -v vouchers=100000 -v cases=20000 -f stats-load.sql
-- Money goes through ledger_post (V15), as the app moves it, so the ledger's rules hold afterwards
-- (GET /api/v1/ledger/check); only the movements' times are then spread over the years.
\set ON_ERROR_STOP on
SELECT count(*) > 0 AS loaded FROM contract WHERE registration_number LIKE '99%' \gset
\if :loaded
\echo stats-load: already loaded
\quit
\endif

SELECT id AS actor FROM user_account WHERE username = 'demo-staff' \gset
-- Enough organisations that each holds at most one voucher per program.
SELECT greatest(10000, :vouchers / 5) AS orgs \gset

BEGIN;
-- Organisations in every prefecture, enterprises and institutes.
CREATE TEMP TABLE bench_org AS
SELECT row_number() OVER () AS n, r.code
  FROM (SELECT code FROM region WHERE level = 2 ORDER BY code) r,
       generate_series(1, (:orgs / (SELECT count(*) FROM region WHERE level = 2)) + 1)
 LIMIT :orgs;
INSERT INTO organisation (name, type, credit_code, region_code, contact_name, contact_phone, status, verified_at)
SELECT '基准测试单位' || o.n, CASE WHEN o.n % 3 = 0 THEN 'INSTITUTE' ELSE 'ENTERPRISE' END,
       'B' || lpad(o.n::text, 17, '0'), o.code, '测试', '0931-' || lpad(o.n::text, 7, '0'), 'VERIFIED', now()
  FROM bench_org o;
CREATE TEMP TABLE bench_ids AS
SELECT row_number() OVER (ORDER BY id) AS n, id, region_code, type FROM organisation WHERE credit_code LIKE 'B%';

-- Match cases between loaded needs and results, opened from 2021 on; some agreed, some declined.
CREATE TEMP TABLE bench_need AS
SELECT row_number() OVER (ORDER BY id) AS n, id FROM listing WHERE kind = 'NEED' AND status = 'PUBLISHED';
CREATE TEMP TABLE bench_result AS
SELECT row_number() OVER (ORDER BY id) AS n, id FROM listing WHERE kind = 'RESULT' AND status = 'PUBLISHED';
SELECT count(*) AS needs FROM bench_need \gset
SELECT count(*) AS results FROM bench_result \gset
INSERT INTO match_case (need_id, result_id, status, decline_reason, opened_by, score, created_at, updated_at)
SELECT n.id, r.id,
       (ARRAY['CONTACTED', 'NEGOTIATING', 'AGREED', 'AGREED', 'DECLINED', 'DECLINED', 'DECLINED'])[1 + g % 7],
       CASE WHEN g % 7 >= 4 THEN (ARRAY['TOO_EARLY', 'PRICE', 'IP_UNCLEAR', 'NOT_RELEVANT', 'OTHER'])[1 + g % 5] END,
       :actor, 0.5, t, t + make_interval(days => g % 60)
  FROM generate_series(1, :cases) g
  JOIN bench_need n ON n.n = 1 + g % :needs
  JOIN bench_result r ON r.n = 1 + (g::bigint * 7919) % :results
 CROSS JOIN LATERAL (SELECT timestamptz '2021-01-01 09:00+08' + (now() - interval '70 days' - timestamptz '2021-01-01 09:00+08')
                            * ((g::bigint * 104729) % :cases)::float8 / :cases AS t) at
ON CONFLICT DO NOTHING;
CREATE TEMP TABLE bench_agreed AS
SELECT row_number() OVER (ORDER BY id) AS n, id, updated_at FROM match_case WHERE status = 'AGREED' AND opened_by = :actor;
SELECT count(*) AS agreed FROM bench_agreed \gset

-- Registered contracts, signed from 2021 to today, decided within 30 days (not after now); one in ten
-- from an agreed case.
INSERT INTO contract (type, project_name, seller_organisation_id, seller_name, seller_credit_code, seller_region_code,
                      seller_entity_type, buyer_organisation_id, buyer_name, buyer_credit_code, buyer_region_code,
                      buyer_entity_type, signing_date, valid_from, valid_to, contract_amount_fen, transaction_amount_fen,
                      equipment_cost_fen, case_id, field, status, drafted_by, submitted_at, due_date, decided_by,
                      decided_at, registration_number, approved_amount_fen, created_at, updated_at)
SELECT (ARRAY['DEVELOPMENT', 'TRANSFER', 'LICENSE', 'CONSULTING', 'SERVICE'])[1 + g % 5],
       '基准测试合同' || g, s.id, '基准测试单位' || s.n, 'B' || lpad(s.n::text, 17, '0'), s.region_code,
       CASE WHEN s.type = 'INSTITUTE' THEN 'PUBLIC_INSTITUTION' ELSE 'ENTERPRISE' END,
       b.id, '基准测试单位' || b.n, 'B' || lpad(b.n::text, 17, '0'), b.region_code, 'ENTERPRISE',
       d.signed::date, d.signed::date, d.signed::date + 730, a.amount, a.amount * 9 / 10, a.amount / 10,
       ag.id,
       CASE WHEN g % 10 = 3 THEN NULL ELSE (ARRAY['ELECTRONIC_INFORMATION', 'BIO_MEDICINE', 'AEROSPACE', 'NEW_MATERIALS',
            'HIGH_TECH_SERVICES', 'NEW_ENERGY', 'RESOURCES_ENVIRONMENT', 'ADVANCED_MANUFACTURING'])[1 + (g / 3) % 8] END,
       'REGISTERED', :actor, d.signed + interval '2 days', (d.signed + interval '32 days')::date, :actor,
       least(d.signed + make_interval(days => 3 + g % 25), now() - interval '1 hour'),
       '99' || lpad(g::text, 14, '0'), a.amount * 8 / 10, d.signed, d.signed
  FROM generate_series(1, :contracts) g
  JOIN bench_ids s ON s.n = 1 + g % :orgs
  JOIN bench_ids b ON b.n = 1 + (g::bigint * 31) % :orgs
  LEFT JOIN bench_agreed ag ON g % 10 = 0 AND ag.n = 1 + (g / 10) % greatest(:agreed, 1)
 CROSS JOIN LATERAL (SELECT timestamptz '2021-01-01 10:00+08' + (now() - timestamptz '2021-01-01 10:00+08')
                            * ((g::bigint * 7877) % :contracts)::float8 / :contracts AS signed) d
 CROSS JOIN LATERAL (SELECT (5000000 + (g::bigint * 48271) % 800000000)::bigint AS amount) a;

-- Voucher programs, one a year, funded through the ledger.
CREATE TEMP TABLE bench_program (n int, id bigint, year int);
WITH p AS (
  INSERT INTO voucher_program (name, year, budget_fen, face_value_fen, co_funding_percent, use_deadline,
                               redemption_deadline, categories, status, opened_at, created_at)
  SELECT '基准测试创新券' || y, y, 100000000000, 2000000, 50, make_date(y + 1, 6, 30), make_date(y + 1, 12, 31),
         ARRAY['TESTING', 'RND'], 'OPEN', make_date(y, 1, 5), make_date(y, 1, 5)
    FROM generate_series(2021, extract(year FROM now())::int) y
  RETURNING id, year)
INSERT INTO bench_program SELECT row_number() OVER (ORDER BY year), id, year FROM p;
SELECT count(*) AS programs FROM bench_program \gset
SELECT count(*) AS funded FROM (
  SELECT ledger_post('FUND', p.id, NULL, 'program ' || p.id, 'bench',
                     ARRAY['program:' || p.id || ':funding', 'program:' || p.id || ':unissued']::varchar[],
                     ARRAY[-100000000000, 100000000000]::bigint[])
    FROM bench_program p ORDER BY p.id) f \gset

-- Applications and vouchers: each organisation at most once per program.
CREATE TEMP TABLE bench_voucher AS
SELECT g, p.id AS program_id, p.year, o.id AS organisation_id,
       make_timestamptz(p.year, 1 + g % 11, 1 + g % 27, 10, 0, 0, 'Asia/Shanghai') AS issued_at
  FROM generate_series(1, :vouchers) g
  JOIN bench_program p ON p.n = 1 + g % :programs
  JOIN bench_ids o ON o.n = 1 + (g / :programs) % :orgs;
DELETE FROM bench_voucher WHERE issued_at > now() - interval '1 day';
INSERT INTO voucher_application (program_id, organisation_id, applicant_id, purpose, status, created_at, decided_at)
SELECT program_id, organisation_id, :actor, '基准测试申请', 'APPROVED', issued_at - interval '5 days', issued_at
  FROM bench_voucher ON CONFLICT DO NOTHING;
INSERT INTO voucher (code, program_id, organisation_id, application_id, face_value_fen, status, issued_at)
SELECT 'BENCH' || lpad(v.g::text, 10, '0'), v.program_id, v.organisation_id, a.id, 2000000,
       CASE WHEN v.g % 10 = 9 THEN 'EXPIRED' WHEN v.g % 5 = 1 THEN 'EXHAUSTED' ELSE 'ACTIVE' END, v.issued_at
  FROM bench_voucher v JOIN voucher_application a ON a.program_id = v.program_id AND a.organisation_id = v.organisation_id
ON CONFLICT DO NOTHING;

COMMIT;

-- The money: issue every voucher; four in ten spend half (reserve, redeem), one in five all of it; one in ten
-- expires what is left. Committed every 500 vouchers: a program's account is updated by every issue, and
-- thousands of versions of one row in one transaction would make each next update slower.
-- ledger_post finds its accounts by name: without statistics on the growing tables the planner would scan.
SET enable_seqscan = off;
DO $$
DECLARE
  v record;
  n int := 0;
  spend bigint;
  refused varchar;
BEGIN
  FOR v IN SELECT id, program_id, face_value_fen, status, code FROM voucher WHERE code LIKE 'BENCH%' ORDER BY id LOOP
    SELECT short_account INTO refused FROM ledger_post('ISSUE', v.program_id, v.id, 'bench', 'bench',
        ARRAY['program:' || v.program_id || ':unissued', 'voucher:' || v.id || ':available']::varchar[],
        ARRAY[-v.face_value_fen, v.face_value_fen]::bigint[]);
    IF refused IS NOT NULL THEN
      RAISE EXCEPTION 'issue refused: %', refused;
    END IF;
    spend := CASE WHEN v.status = 'EXHAUSTED' THEN v.face_value_fen
                  WHEN right(v.code, 1) IN ('2', '4') THEN v.face_value_fen / 2 ELSE 0 END;
    IF spend > 0 THEN
      PERFORM ledger_post('RESERVE', v.program_id, v.id, 'bench', 'bench',
          ARRAY['voucher:' || v.id || ':available', 'voucher:' || v.id || ':reserved']::varchar[],
          ARRAY[-spend, spend]::bigint[]);
      PERFORM ledger_post('REDEEM', v.program_id, v.id, 'bench', 'bench',
          ARRAY['voucher:' || v.id || ':reserved', 'voucher:' || v.id || ':redeemed']::varchar[],
          ARRAY[-spend, spend]::bigint[]);
    END IF;
    IF v.status = 'EXPIRED' AND spend < v.face_value_fen THEN
      PERFORM ledger_post('EXPIRE', v.program_id, v.id, 'bench', 'bench',
          ARRAY['voucher:' || v.id || ':available', 'voucher:' || v.id || ':expired']::varchar[],
          ARRAY[-(v.face_value_fen - spend), v.face_value_fen - spend]::bigint[]);
    END IF;
    n := n + 1;
    IF n % 500 = 0 THEN
      COMMIT;
    END IF;
  END LOOP;
END $$;
RESET enable_seqscan;

BEGIN;
-- The movements' times: issued with the voucher, spent within a few months, expired at the use deadline.
UPDATE ledger_transaction t
   SET created_at = least(now() - interval '1 hour', CASE t.kind
         WHEN 'ISSUE' THEN v.issued_at
         WHEN 'RESERVE' THEN v.issued_at + make_interval(days => 20 + (v.id % 90)::int)
         WHEN 'REDEEM' THEN v.issued_at + make_interval(days => 40 + (v.id % 90)::int)
         ELSE (p.use_deadline + 1)::timestamptz END)
  FROM voucher v JOIN voucher_program p ON p.id = v.program_id
 WHERE t.voucher_id = v.id AND v.code LIKE 'BENCH%';
UPDATE ledger_transaction t SET created_at = p.created_at
  FROM voucher_program p WHERE t.kind = 'FUND' AND t.program_id = p.id AND p.name LIKE '基准测试创新券%';
COMMIT;
ANALYZE organisation; ANALYZE contract; ANALYZE match_case; ANALYZE voucher; ANALYZE ledger_transaction;
ANALYZE ledger_entry; ANALYZE ledger_account; ANALYZE listing_month_count;
SELECT (SELECT count(*) FROM contract WHERE registration_number LIKE '99%') AS contracts,
       (SELECT count(*) FROM voucher WHERE code LIKE 'BENCH%') AS vouchers,
       (SELECT count(*) FROM match_case WHERE opened_by = :actor) AS cases,
       (SELECT count(*) FROM ledger_transaction) AS ledger_transactions;
