-- Challenges (揭榜挂帅 / 创新挑战赛): a problem posed by an enterprise (from its need) or a government
-- department, a bounty, a deadline and weighted criteria; teams submit one sealed solution each;
-- invited reviewers without a declared conflict score the submissions assigned to them; staff rank,
-- shortlist, record the final round and the winner, publicise the result with an objection period,
-- and award it (a contract draft between the owner and the winner) or close it without award.

CREATE TABLE challenge (
    id                     bigserial     PRIMARY KEY,
    title                  varchar(200)  NOT NULL,
    problem                varchar(8000) NOT NULL,
    source                 varchar(20)   NOT NULL CHECK (source IN ('ENTERPRISE_NEED', 'GOVERNMENT')),
    need_id                bigint        REFERENCES listing (id),
    owner_organisation_id  bigint        NOT NULL REFERENCES organisation (id),
    field                  varchar(30),
    region_code            varchar(6)    REFERENCES region (code),
    bounty_fen             bigint        NOT NULL CHECK (bounty_fen > 0 AND bounty_fen <= 10000000000000),
    eligibility            varchar(2000) NOT NULL,
    score_max              smallint      NOT NULL DEFAULT 10 CHECK (score_max BETWEEN 1 AND 100),
    deadline               timestamptz   NOT NULL,
    objection_days         smallint      NOT NULL DEFAULT 7 CHECK (objection_days BETWEEN 1 AND 60),
    stage                  varchar(20)   NOT NULL DEFAULT 'DRAFT' CHECK (stage IN ('DRAFT', 'OPEN', 'CLOSED',
                               'UNDER_REVIEW', 'FINAL', 'PUBLICISED', 'AWARDED', 'NO_AWARD')),
    opened_at              timestamptz,
    closed_at              timestamptz,
    winner_submission_id   bigint,
    final_note             varchar(2000),
    publicised_at          timestamptz,
    objection_ends_at      timestamptz,
    decided_at             timestamptz,
    contract_id            bigint        REFERENCES contract (id),
    created_by             bigint        NOT NULL REFERENCES user_account (id),
    created_at             timestamptz   NOT NULL DEFAULT now(),
    updated_at             timestamptz   NOT NULL DEFAULT now(),
    version                bigint        NOT NULL DEFAULT 0,
    CHECK (source <> 'ENTERPRISE_NEED' OR need_id IS NOT NULL)
);
CREATE INDEX challenge_stage_idx ON challenge (stage, deadline);
CREATE INDEX challenge_owner_idx ON challenge (owner_organisation_id);

-- The evaluation criteria; weights are relative (a weighted mean), each scored 0..score_max.
CREATE TABLE challenge_criterion (
    id            bigserial    PRIMARY KEY,
    challenge_id  bigint       NOT NULL REFERENCES challenge (id),
    position      smallint     NOT NULL CHECK (position >= 1),
    name          varchar(100) NOT NULL,
    description   varchar(500),
    weight        smallint     NOT NULL CHECK (weight BETWEEN 1 AND 100),
    UNIQUE (challenge_id, position)
);

-- One submission per team (organisation) and challenge; edited, never duplicated, until the deadline.
CREATE TABLE challenge_submission (
    id               bigserial     PRIMARY KEY,
    challenge_id     bigint        NOT NULL REFERENCES challenge (id),
    organisation_id  bigint        NOT NULL REFERENCES organisation (id),
    title            varchar(200)  NOT NULL,
    description      varchar(8000) NOT NULL,
    team_members     varchar(2000) NOT NULL,
    plan             varchar(8000) NOT NULL,
    budget_fen       bigint        NOT NULL CHECK (budget_fen > 0 AND budget_fen <= 10000000000000),
    submitted_by     bigint        NOT NULL REFERENCES user_account (id),
    submitted_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    shortlisted      boolean       NOT NULL DEFAULT false,
    final_score      numeric(6, 2) CHECK (final_score >= 0),
    version          bigint        NOT NULL DEFAULT 0,
    UNIQUE (challenge_id, organisation_id)
);
CREATE INDEX challenge_submission_org_idx ON challenge_submission (organisation_id);

ALTER TABLE challenge ADD CONSTRAINT challenge_winner_fk
    FOREIGN KEY (winner_submission_id) REFERENCES challenge_submission (id);

CREATE TABLE challenge_attachment (
    id             bigserial    PRIMARY KEY,
    submission_id  bigint       NOT NULL REFERENCES challenge_submission (id),
    file_name      varchar(200) NOT NULL,
    size_bytes     integer      NOT NULL CHECK (size_bytes > 0),
    sha256         varchar(64)  NOT NULL,
    content        bytea        NOT NULL,
    uploaded_by    bigint       NOT NULL REFERENCES user_account (id),
    uploaded_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX challenge_attachment_submission_idx ON challenge_attachment (submission_id);

-- Expert reviewers (accounts with the REVIEWER role) invited to a challenge.
CREATE TABLE challenge_reviewer (
    challenge_id  bigint      NOT NULL REFERENCES challenge (id),
    reviewer_id   bigint      NOT NULL REFERENCES user_account (id),
    invited_by    bigint      NOT NULL REFERENCES user_account (id),
    invited_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (challenge_id, reviewer_id)
);

-- A reviewer's declared conflicts of interest: never assigned a submission of that organisation.
CREATE TABLE reviewer_conflict (
    reviewer_id      bigint       NOT NULL REFERENCES user_account (id),
    organisation_id  bigint       NOT NULL REFERENCES organisation (id),
    reason           varchar(500) NOT NULL,
    declared_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (reviewer_id, organisation_id)
);

CREATE TABLE challenge_assignment (
    submission_id  bigint      NOT NULL REFERENCES challenge_submission (id),
    reviewer_id    bigint      NOT NULL REFERENCES user_account (id),
    assigned_by    bigint      NOT NULL REFERENCES user_account (id),
    assigned_at    timestamptz NOT NULL DEFAULT now(),
    completed_at   timestamptz,
    PRIMARY KEY (submission_id, reviewer_id)
);
CREATE INDEX challenge_assignment_reviewer_idx ON challenge_assignment (reviewer_id);

-- One score per assigned reviewer, submission and criterion (0..challenge.score_max, checked by the service).
CREATE TABLE challenge_score (
    submission_id  bigint        NOT NULL,
    reviewer_id    bigint        NOT NULL,
    criterion_id   bigint        NOT NULL REFERENCES challenge_criterion (id),
    score          smallint      NOT NULL CHECK (score >= 0 AND score <= 100),
    comment        varchar(2000),
    scored_at      timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (submission_id, reviewer_id, criterion_id),
    FOREIGN KEY (submission_id, reviewer_id) REFERENCES challenge_assignment (submission_id, reviewer_id)
);

-- Objections (异议) raised during the publicity period and decided by staff.
CREATE TABLE challenge_objection (
    id               bigserial     PRIMARY KEY,
    challenge_id     bigint        NOT NULL REFERENCES challenge (id),
    raised_by        bigint        NOT NULL REFERENCES user_account (id),
    organisation_id  bigint        NOT NULL REFERENCES organisation (id),
    reason           varchar(2000) NOT NULL,
    raised_at        timestamptz   NOT NULL DEFAULT now(),
    decision         varchar(10)   CHECK (decision IN ('UPHELD', 'DISMISSED')),
    decision_reason  varchar(2000),
    decided_by       bigint        REFERENCES user_account (id),
    decided_at       timestamptz,
    CHECK ((decision IS NULL) = (decided_at IS NULL))
);
CREATE INDEX challenge_objection_challenge_idx ON challenge_objection (challenge_id, raised_at);
