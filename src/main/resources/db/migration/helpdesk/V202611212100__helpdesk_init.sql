-- The helpdesk module owns schema "helpdesk": inquiries (Anliegen) with their history, attachments,
-- routing rules and teams, appointment slots, recommendations and the lock rows of scheduled jobs.
-- People are referenced by their account id, regions by the region module's codes (no foreign keys
-- across schemas; the services check them).
CREATE SCHEMA IF NOT EXISTS helpdesk;

-- A team of a partner (e.g. the IHK's help desk in Zwickau); cases are routed to teams.
CREATE TABLE helpdesk.team (
    code         VARCHAR(60)  PRIMARY KEY,
    partner_code VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    desk_code    VARCHAR(60)
);

CREATE TABLE helpdesk.team_member (
    team_code  VARCHAR(60) NOT NULL REFERENCES helpdesk.team (code) ON DELETE CASCADE,
    advisor_id UUID        NOT NULL,
    PRIMARY KEY (team_code, advisor_id)
);
CREATE INDEX team_member_advisor_idx ON helpdesk.team_member (advisor_id);

-- topic × district → partner and team; NULL matches any value, the most specific rule wins.
CREATE TABLE helpdesk.routing_rule (
    id            BIGSERIAL   PRIMARY KEY,
    topic         VARCHAR(40),
    district_code VARCHAR(40),
    partner_code  VARCHAR(40) NOT NULL,
    team_code     VARCHAR(60) NOT NULL REFERENCES helpdesk.team (code),
    UNIQUE NULLS NOT DISTINCT (topic, district_code)
);

CREATE SEQUENCE helpdesk.case_number_seq START 1001;

CREATE TABLE helpdesk.inquiry (
    id                 BIGSERIAL     PRIMARY KEY,
    case_number        VARCHAR(20)   NOT NULL UNIQUE,
    topic              VARCHAR(40)   NOT NULL,
    district_code      VARCHAR(40)   NOT NULL,
    description        TEXT          NOT NULL,
    contact_channel    VARCHAR(20)   NOT NULL,
    contact_times      VARCHAR(300),
    submitter_id       UUID,
    submitter_name     VARCHAR(200)  NOT NULL,
    submitter_email    VARCHAR(320),
    submitter_phone    VARCHAR(60),
    organisation_id    UUID,
    locale             VARCHAR(5)    NOT NULL DEFAULT 'de',
    confirmed          BOOLEAN       NOT NULL,
    confirm_token      VARCHAR(64)   UNIQUE,
    status             VARCHAR(30)   NOT NULL,
    outcome            VARCHAR(30),
    partner_code       VARCHAR(40),
    team_code          VARCHAR(60),
    assignee_id        UUID,
    assignee_name      VARCHAR(200),
    submitted_at       TIMESTAMPTZ   NOT NULL,
    first_response_due TIMESTAMPTZ,
    first_response_at  TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    anonymised         BOOLEAN       NOT NULL DEFAULT FALSE,
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX inquiry_submitter_idx ON helpdesk.inquiry (submitter_id);
CREATE INDEX inquiry_team_idx ON helpdesk.inquiry (team_code, status);
CREATE INDEX inquiry_assignee_idx ON helpdesk.inquiry (assignee_id);

CREATE TABLE helpdesk.attachment (
    id           BIGSERIAL    PRIMARY KEY,
    inquiry_id   BIGINT       NOT NULL REFERENCES helpdesk.inquiry (id) ON DELETE CASCADE,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   INT          NOT NULL,
    data         BYTEA        NOT NULL
);
CREATE INDEX attachment_inquiry_idx ON helpdesk.attachment (inquiry_id);

-- The complete history of a case: status changes, assignments, hand-overs, notes (internal) and
-- messages (shown to the submitter).
CREATE TABLE helpdesk.case_event (
    id           BIGSERIAL    PRIMARY KEY,
    inquiry_id   BIGINT       NOT NULL REFERENCES helpdesk.inquiry (id) ON DELETE CASCADE,
    at           TIMESTAMPTZ  NOT NULL,
    actor_id     UUID,
    actor_name   VARCHAR(200) NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    detail       VARCHAR(200),
    text         TEXT,
    public       BOOLEAN      NOT NULL
);
CREATE INDEX case_event_inquiry_idx ON helpdesk.case_event (inquiry_id, at);

CREATE TABLE helpdesk.slot (
    id             BIGSERIAL    PRIMARY KEY,
    advisor_id     UUID         NOT NULL,
    advisor_name   VARCHAR(200) NOT NULL,
    team_code      VARCHAR(60)  NOT NULL REFERENCES helpdesk.team (code),
    kind           VARCHAR(20)  NOT NULL,
    desk_code      VARCHAR(60),
    starts_at      TIMESTAMPTZ  NOT NULL,
    minutes        INT          NOT NULL CHECK (minutes BETWEEN 10 AND 240),
    topics         VARCHAR(400) NOT NULL,
    booked_by      UUID,
    booked_name    VARCHAR(200),
    booked_email   VARCHAR(320),
    inquiry_id     BIGINT       REFERENCES helpdesk.inquiry (id) ON DELETE SET NULL,
    booked_at      TIMESTAMPTZ,
    uid            VARCHAR(80)  NOT NULL UNIQUE,
    sequence       INT          NOT NULL DEFAULT 0,
    UNIQUE (advisor_id, starts_at)
);
CREATE INDEX slot_start_idx ON helpdesk.slot (starts_at);

CREATE TABLE helpdesk.recommendation (
    id           BIGSERIAL    PRIMARY KEY,
    inquiry_id   BIGINT       NOT NULL REFERENCES helpdesk.inquiry (id) ON DELETE CASCADE,
    advisor_id   UUID         NOT NULL,
    advisor_name VARCHAR(200) NOT NULL,
    message      TEXT         NOT NULL,
    sent_at      TIMESTAMPTZ  NOT NULL
);

CREATE TABLE helpdesk.recommendation_item (
    id                BIGSERIAL    PRIMARY KEY,
    recommendation_id BIGINT       NOT NULL REFERENCES helpdesk.recommendation (id) ON DELETE CASCADE,
    kind              VARCHAR(20)  NOT NULL,
    reference         VARCHAR(200) NOT NULL,
    title             VARCHAR(300) NOT NULL,
    url               VARCHAR(500),
    note              VARCHAR(1000),
    helpful           BOOLEAN
);

-- One row per scheduled job: the instance that moves last_run to today runs the job, the others skip it.
CREATE TABLE helpdesk.job_run (
    name     VARCHAR(60) PRIMARY KEY,
    last_run DATE
);
INSERT INTO helpdesk.job_run (name, last_run) VALUES ('first-response-reminder', NULL);
