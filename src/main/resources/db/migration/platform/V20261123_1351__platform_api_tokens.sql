-- API tokens for machines (integrations call the API with "Authorization: Bearer nv_<token_id>_<secret>").
-- The secret is 256 random bits, so a fast SHA-256 of it is as safe as a slow password hash: only the
-- hash is kept; the secret is shown once at creation. A token acts as its account (roles and scope are
-- read from the account at every call); a token of a service account is a service token.

-- A service account acts only through its tokens: it cannot log in to the pages or use HTTP Basic.
ALTER TABLE platform.user_account ADD COLUMN service boolean NOT NULL DEFAULT false;

CREATE TABLE platform.api_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The public part of the token, looked up by this unique index on every call.
    token_id     text        NOT NULL UNIQUE CHECK (token_id ~ '^[a-z2-7]{12}$'),
    secret_hash  bytea       NOT NULL CHECK (length(secret_hash) = 32),
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    user_id      bigint      NOT NULL REFERENCES platform.user_account (id) ON DELETE CASCADE,
    -- READ: refused every write whatever the account's roles; READ_WRITE: the account's roles apply.
    access       text        NOT NULL CHECK (access IN ('READ', 'READ_WRITE')),
    expires_at   timestamptz NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL,
    -- Updated at most once a minute, not on every call.
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text,
    CHECK (expires_at > created_at)
);
CREATE INDEX api_token_user_idx ON platform.api_token (user_id);
