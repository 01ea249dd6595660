CREATE SCHEMA IF NOT EXISTS portal;

-- Newsletter subscribers: not accounts. The confirmation token is stored only as its SHA-256; consent text and
-- version and the times of request and confirmation are the proof of the double opt-in.
CREATE TABLE portal.newsletter_subscriber (
    id                  uuid PRIMARY KEY,
    email               text NOT NULL,
    topics              text NOT NULL DEFAULT '',
    status              text NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED', 'BOUNCED')),
    token_hash          text,
    token_expires_at    timestamptz,
    consent_text        text NOT NULL,
    consent_version     text NOT NULL,
    requested_at        timestamptz NOT NULL,
    confirmation_sent_at timestamptz,
    confirmed_at        timestamptz,
    unsubscribed_at     timestamptz,
    bounced_at          timestamptz
);
CREATE UNIQUE INDEX newsletter_subscriber_email ON portal.newsletter_subscriber (lower(email));
CREATE UNIQUE INDEX newsletter_subscriber_token ON portal.newsletter_subscriber (token_hash);

-- The key of the signed unsubscribe links, created at random by the first instance.
CREATE TABLE portal.newsletter_signing_key (
    id     int PRIMARY KEY CHECK (id = 1),
    secret bytea NOT NULL
);

CREATE TABLE portal.newsletter_issue (
    id          uuid PRIMARY KEY,
    subject     text NOT NULL,
    intro       text NOT NULL DEFAULT '',
    status      text NOT NULL CHECK (status IN ('DRAFT', 'SENDING', 'SENT')),
    created_by  uuid,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    send_started_at timestamptz,
    sent_at     timestamptz,
    version     bigint NOT NULL DEFAULT 0
);

-- The issue's items are copies (title, text, address) so that the issue stays as it was sent.
CREATE TABLE portal.newsletter_item (
    issue_id    uuid NOT NULL REFERENCES portal.newsletter_issue (id) ON DELETE CASCADE,
    position    int NOT NULL,
    kind        text NOT NULL,
    title       text NOT NULL,
    summary     text NOT NULL DEFAULT '',
    url         text NOT NULL,
    PRIMARY KEY (issue_id, position)
);

-- One row per issue and recipient: claimed by one instance at a time (FOR UPDATE SKIP LOCKED), sent at most once.
CREATE TABLE portal.newsletter_delivery (
    issue_id      uuid NOT NULL REFERENCES portal.newsletter_issue (id) ON DELETE CASCADE,
    subscriber_id uuid NOT NULL REFERENCES portal.newsletter_subscriber (id) ON DELETE CASCADE,
    status        text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'SKIPPED')),
    sent_at       timestamptz,
    PRIMARY KEY (issue_id, subscriber_id)
);
CREATE INDEX newsletter_delivery_pending ON portal.newsletter_delivery (issue_id) WHERE status = 'PENDING';
