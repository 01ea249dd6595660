-- Notifications to a person (kernel contract shared.notifications): the in-app list, each person's choice of
-- delivery per kind, and the bookkeeping of the digest mails.

CREATE TABLE notification (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id   UUID                     NOT NULL,
    kind        VARCHAR(100)             NOT NULL,
    title_key   VARCHAR(200)             NOT NULL,
    title_args  TEXT[]                   NOT NULL DEFAULT '{}',
    link        VARCHAR(500)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    -- the person's choice when it was created; DAILY or WEEKLY in digest_due while it waits for that digest
    delivery    VARCHAR(10)              NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')),
    digest_due  VARCHAR(10)                       CHECK (digest_due IN ('DAILY', 'WEEKLY')),
    digested_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_person_idx ON notification (person_id, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (person_id) WHERE read_at IS NULL;
CREATE INDEX notification_digest_idx ON notification (digest_due, person_id) WHERE digest_due IS NOT NULL;

-- files of a notification's mail (a calendar invitation), kept only until its digest went out
CREATE TABLE notification_attachment (
    notification_id BIGINT       NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    position        INT          NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    content_type    VARCHAR(200) NOT NULL,
    content         BYTEA        NOT NULL,
    PRIMARY KEY (notification_id, position)
);

CREATE TABLE notification_preference (
    person_id UUID         NOT NULL,
    kind      VARCHAR(100) NOT NULL,
    delivery  VARCHAR(10)  NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')),
    PRIMARY KEY (person_id, kind)
);

-- one row per digest; the instance whose update moves last_run to today sends that day's digest (ADR 0007)
CREATE TABLE notification_digest_run (
    frequency VARCHAR(10) PRIMARY KEY CHECK (frequency IN ('DAILY', 'WEEKLY')),
    last_run  DATE
);
INSERT INTO notification_digest_run (frequency) VALUES ('DAILY'), ('WEEKLY');

-- the key that signs unsubscribe links, created at random by the first instance that needs it
CREATE TABLE notification_signing_key (
    id     INT   PRIMARY KEY CHECK (id = 1),
    secret BYTEA NOT NULL
);
