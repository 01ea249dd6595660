-- The accounts module owns schema "accounts".
CREATE SCHEMA IF NOT EXISTS accounts;

CREATE TABLE accounts.user_account (
    id            UUID                     PRIMARY KEY,
    email         VARCHAR(320)             NOT NULL,
    display_name  VARCHAR(200)             NOT NULL,
    password_hash VARCHAR(200)             NOT NULL,
    enabled       BOOLEAN                  NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX user_account_email_uq ON accounts.user_account (lower(email));

CREATE TABLE accounts.user_role (
    user_id UUID        NOT NULL REFERENCES accounts.user_account (id) ON DELETE CASCADE,
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role)
);
