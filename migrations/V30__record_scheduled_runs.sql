-- The periodic jobs' runs, one row per job and period (slot: the period's number since the epoch). An
-- instance claims a slot by inserting its row in the transaction that does the job's work: the first
-- claim wins, a later one finds the row and skips, and a run that fails (or whose instance dies)
-- leaves no row, so the next instance to come by does the work.

CREATE TABLE scheduled_run (
    job         varchar(60)  NOT NULL,
    slot        bigint       NOT NULL,
    period_s    integer      NOT NULL CHECK (period_s > 0),
    instance    varchar(100) NOT NULL,
    started_at  timestamptz  NOT NULL DEFAULT clock_timestamp(),
    finished_at timestamptz,
    outcome     varchar(300),
    PRIMARY KEY (job, slot)
);

CREATE INDEX scheduled_run_started ON scheduled_run (started_at);
