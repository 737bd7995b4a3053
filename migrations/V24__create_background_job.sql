-- Long work (a spreadsheet import, a full recomputation of matches) run in the background and seen
-- from every instance: its state and progress, committed batch by batch with the work itself. An
-- instance claims a queued job with FOR UPDATE SKIP LOCKED and writes a new claim token; every batch
-- locks the row and checks the token, so one instance at a time advances a job. A running job whose
-- heartbeat is older than the timeout (its instance died) is claimed again and resumes after its last
-- committed batch, or fails after a few attempts. An exclusive kind has at most one open job.
CREATE TABLE background_job (
    id           bigserial    PRIMARY KEY,
    kind         varchar(40)  NOT NULL,
    exclusive    boolean      NOT NULL DEFAULT false,
    state        varchar(10)  NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    label        varchar(200) NOT NULL DEFAULT '',
    parameter    varchar(200) NOT NULL DEFAULT '',
    subject_id   bigint,
    input        bytea,
    total        integer      NOT NULL DEFAULT 0 CHECK (total >= 0),
    done         integer      NOT NULL DEFAULT 0 CHECK (done >= 0),
    errors       integer      NOT NULL DEFAULT 0 CHECK (errors >= 0),
    produced     integer      NOT NULL DEFAULT 0 CHECK (produced >= 0),
    failure      varchar(500),
    attempts     integer      NOT NULL DEFAULT 0,
    claim        uuid,
    requested_by bigint       NOT NULL REFERENCES user_account (id),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    started_at   timestamptz,
    heartbeat_at timestamptz,
    finished_at  timestamptz
);
CREATE INDEX background_job_open ON background_job (id) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX background_job_recent ON background_job (kind, created_at DESC);
CREATE INDEX background_job_created ON background_job (created_at DESC);
CREATE UNIQUE INDEX background_job_one_open ON background_job (kind)
    WHERE exclusive AND state IN ('QUEUED', 'RUNNING');

-- The first errors of a job (a failed row of an import, with its row number), in the job's words.
CREATE TABLE background_job_error (
    job_id  bigint       NOT NULL REFERENCES background_job (id) ON DELETE CASCADE,
    item    integer      NOT NULL,
    message varchar(500) NOT NULL,
    PRIMARY KEY (job_id, item)
);

-- An import is run as a job; the import's report is filled batch by batch.
ALTER TABLE listing_import ADD COLUMN job_id bigint REFERENCES background_job (id);
CREATE INDEX listing_import_job ON listing_import (job_id);
