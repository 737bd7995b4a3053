-- A voucher program is prepared as a DRAFT (editable, deletable, not public, not funded), OPENed
-- (funded in the ledger, public, takes applications within its window) and CLOSED (no more
-- applications; issued vouchers stay usable until their deadlines). Programs created before this
-- change were open from the start.
ALTER TABLE voucher_program
    ADD COLUMN status             varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    ADD COLUMN applications_open  date,
    ADD COLUMN applications_close date,
    ADD COLUMN per_firm_cap_fen   bigint CHECK (per_firm_cap_fen > 0),
    ADD COLUMN opened_at          timestamptz,
    ADD COLUMN closed_at          timestamptz,
    ADD CONSTRAINT voucher_program_window_check
        CHECK (applications_open IS NULL OR applications_close IS NULL OR applications_open <= applications_close);
UPDATE voucher_program SET opened_at = created_at;
CREATE INDEX voucher_program_status_idx ON voucher_program (status, year);
