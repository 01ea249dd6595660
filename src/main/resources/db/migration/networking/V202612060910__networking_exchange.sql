-- Cooperation exchange (issue 22, part 1): offers and requests of organisations, contact requests with consent,
-- the matches each post has been told about, and the claim of the daily digest (one instance per day).
CREATE TABLE networking.exchange_post (
    id                UUID PRIMARY KEY,
    organisation_id   UUID        NOT NULL,
    organisation_name TEXT        NOT NULL,
    -- the member who wrote it; NULL once their account is deleted (the post stays the organisation's)
    author_id         UUID,
    kind              TEXT        NOT NULL,
    direction         TEXT        NOT NULL,
    title             TEXT        NOT NULL,
    description       TEXT        NOT NULL,
    capabilities      TEXT[]      NOT NULL DEFAULT '{}',
    capability_keys   TEXT[]      NOT NULL DEFAULT '{}',
    product_groups    TEXT[]      NOT NULL DEFAULT '{}',
    industry_codes    TEXT[]      NOT NULL DEFAULT '{}',
    districts         TEXT[]      NOT NULL,
    action_field      TEXT,
    valid_until       DATE        NOT NULL,
    name_visibility   TEXT        NOT NULL,
    withdrawn_at      TIMESTAMPTZ,
    hidden            BOOLEAN     NOT NULL DEFAULT FALSE,
    version           BIGINT      NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    -- the capabilities as one text, written with them, for the full-text vector below
    capabilities_text TEXT        NOT NULL DEFAULT '',
    search_vector     TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('german'::regconfig, title), 'A')
        || setweight(to_tsvector('german'::regconfig, capabilities_text), 'B')
        || setweight(to_tsvector('german'::regconfig, description), 'C')) STORED
);
CREATE INDEX exchange_post_search ON networking.exchange_post USING GIN (search_vector);
CREATE INDEX exchange_post_organisation ON networking.exchange_post (organisation_id);
CREATE INDEX exchange_post_active ON networking.exchange_post (valid_until) WHERE withdrawn_at IS NULL AND NOT hidden;

CREATE TABLE networking.exchange_contact_request (
    id                     UUID PRIMARY KEY,
    post_id                UUID        NOT NULL REFERENCES networking.exchange_post (id) ON DELETE CASCADE,
    requester_org_id       UUID        NOT NULL,
    requester_org_name     TEXT        NOT NULL,
    -- the person who wrote it; NULL (and the message emptied) once their account is deleted
    requester_id           UUID,
    message                TEXT,
    status                 TEXT        NOT NULL,
    decision_note          TEXT,
    decided_by             UUID,
    created_at             TIMESTAMPTZ NOT NULL,
    decided_at             TIMESTAMPTZ,
    cooperation_agreed_at  TIMESTAMPTZ,
    -- one request per post and requesting organisation
    UNIQUE (post_id, requester_org_id)
);
CREATE INDEX exchange_contact_request_requester ON networking.exchange_contact_request (requester_id);

CREATE TABLE networking.exchange_match_seen (
    post_id    UUID        NOT NULL REFERENCES networking.exchange_post (id) ON DELETE CASCADE,
    match_type TEXT        NOT NULL,
    match_id   UUID        NOT NULL,
    seen_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (post_id, match_type, match_id)
);

CREATE TABLE networking.exchange_digest_run (
    day        DATE PRIMARY KEY,
    claimed_at TIMESTAMPTZ NOT NULL
);
