CREATE TABLE accounts.organisation (
    id            UUID                     PRIMARY KEY,
    name          VARCHAR(200)             NOT NULL,
    kind          VARCHAR(20)              NOT NULL,
    district_code VARCHAR(40),
    partner_code  VARCHAR(40),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX organisation_kind_idx ON accounts.organisation (kind, lower(name));

CREATE TABLE accounts.membership (
    organisation_id UUID                     NOT NULL REFERENCES accounts.organisation (id) ON DELETE CASCADE,
    user_id         UUID                     NOT NULL REFERENCES accounts.user_account (id) ON DELETE CASCADE,
    role            VARCHAR(40)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organisation_id, user_id, role)
);
CREATE INDEX membership_user_idx ON accounts.membership (user_id);
