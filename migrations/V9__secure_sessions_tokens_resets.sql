-- Sessions that can be ended everywhere, personal API tokens and password-reset tokens.

-- Bumped on logout and on a password change; a session cookie carries the version it was issued
-- under and is refused once the account's version has moved on.
ALTER TABLE user_account ADD COLUMN session_version integer NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN password_changed_at timestamptz;

-- 个人访问令牌: random secrets for scripts, stored as SHA-256 (hex) of the secret, shown once.
CREATE TABLE api_token (
    id           bigserial    PRIMARY KEY,
    user_id      bigint       NOT NULL REFERENCES user_account (id),
    name         varchar(60)  NOT NULL,
    token_hash   char(64)     NOT NULL UNIQUE,
    prefix       varchar(12)  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    expires_at   timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id, created_at);

-- One-time password-reset tokens (SHA-256 of the secret), valid for a short time.
CREATE TABLE password_reset (
    id          bigserial    PRIMARY KEY,
    user_id     bigint       NOT NULL REFERENCES user_account (id),
    token_hash  char(64)     NOT NULL UNIQUE,
    issued_by   varchar(40)  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    expires_at  timestamptz  NOT NULL,
    used_at     timestamptz
);
CREATE INDEX password_reset_user_idx ON password_reset (user_id, created_at);
