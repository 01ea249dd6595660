-- Single sign-on (issue 24): which identity of which identity provider signs in to which account.
-- Issuer and subject together are the identity that never changes (OpenID Connect Core 5.7); the e-mail
-- address can change or be given to somebody else, so it is only used to find an account at the first sign-in.
CREATE TABLE accounts.sso_link (
    issuer          VARCHAR(500)             NOT NULL,
    subject         VARCHAR(255)             NOT NULL,
    user_id         UUID                     NOT NULL REFERENCES accounts.user_account (id) ON DELETE CASCADE,
    provider        VARCHAR(40)              NOT NULL,
    organisation_id UUID                     REFERENCES accounts.organisation (id) ON DELETE SET NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX sso_link_user_idx ON accounts.sso_link (user_id);
