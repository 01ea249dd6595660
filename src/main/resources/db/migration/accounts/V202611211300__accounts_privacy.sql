-- E-mail verification, deletion with grace period, preferred language
ALTER TABLE accounts.user_account ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE accounts.user_account ALTER COLUMN email_verified SET DEFAULT FALSE;
ALTER TABLE accounts.user_account ADD COLUMN deletion_requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE accounts.user_account ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'de';

-- Single-use links sent by mail; only a hash of the secret is stored
CREATE TABLE accounts.token (
    id              UUID                     PRIMARY KEY,
    purpose         VARCHAR(30)              NOT NULL,
    token_hash      VARCHAR(64)              NOT NULL UNIQUE,
    user_id         UUID REFERENCES accounts.user_account (id) ON DELETE CASCADE,
    email           VARCHAR(320),
    organisation_id UUID REFERENCES accounts.organisation (id) ON DELETE CASCADE,
    role            VARCHAR(40),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX token_user_idx ON accounts.token (user_id);

-- Consent to a version of the privacy notice
CREATE TABLE accounts.consent (
    user_id        UUID                     NOT NULL REFERENCES accounts.user_account (id) ON DELETE CASCADE,
    notice_version VARCHAR(40)              NOT NULL,
    accepted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, notice_version)
);

-- Every access by staff to another person's personal data
CREATE TABLE accounts.audit_entry (
    id         BIGSERIAL                PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id   UUID,
    actor_name VARCHAR(200)             NOT NULL,
    subject_id UUID,
    what_key   VARCHAR(100)             NOT NULL,
    detail     VARCHAR(500)
);
CREATE INDEX audit_entry_subject_idx ON accounts.audit_entry (subject_id, at DESC);
CREATE INDEX audit_entry_at_idx ON accounts.audit_entry (at DESC);

-- A person's profile, visible to the person and to advisors the person has contacted
CREATE TABLE accounts.person_profile (
    user_id                  UUID         PRIMARY KEY REFERENCES accounts.user_account (id) ON DELETE CASCADE,
    district_code            VARCHAR(40),
    job_title                VARCHAR(200),
    employer_organisation_id UUID REFERENCES accounts.organisation (id) ON DELETE SET NULL,
    interests                VARCHAR(2000),
    retraining               VARCHAR(20),
    commuting_radius_km      INT,
    contact_preference       VARCHAR(20),
    phone                    VARCHAR(60),
    version                  BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE accounts.advisor_access (
    person_id  UUID                     NOT NULL REFERENCES accounts.user_account (id) ON DELETE CASCADE,
    advisor_id UUID                     NOT NULL REFERENCES accounts.user_account (id) ON DELETE CASCADE,
    granted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, advisor_id)
);
