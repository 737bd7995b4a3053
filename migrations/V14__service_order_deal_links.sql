-- A service order may name the brokered case (供需对接) or the technology contract it serves, so that
-- one deal can be followed from match to case, contract and voucher.
ALTER TABLE service_order
    ADD COLUMN case_id     bigint REFERENCES match_case (id),
    ADD COLUMN contract_id bigint REFERENCES contract (id);
CREATE INDEX service_order_case_idx ON service_order (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX service_order_contract_idx ON service_order (contract_id) WHERE contract_id IS NOT NULL;
CREATE INDEX contract_case_idx ON contract (case_id) WHERE case_id IS NOT NULL;
