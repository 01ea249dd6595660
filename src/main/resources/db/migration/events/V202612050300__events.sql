-- Events: future forums, congresses, workshops, webinars, consultation days and network meetings, on site,
-- online or both; registrations with separate on-site and online places, a waiting list that moves up by
-- time-limited offers, group registrations, check-in, and the documentation after the event.
CREATE SCHEMA IF NOT EXISTS events;

-- Events that share one page, e.g. one future forum per district on five days.
CREATE TABLE events.series (
    id          UUID PRIMARY KEY,
    slug        VARCHAR(100) NOT NULL UNIQUE,
    title       VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL DEFAULT '',
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE events.event (
    id                   UUID PRIMARY KEY,
    slug                 VARCHAR(100) NOT NULL UNIQUE,
    series_id            UUID REFERENCES events.series (id) ON DELETE SET NULL,
    type                 VARCHAR(20)  NOT NULL
        CHECK (type IN ('FORUM', 'CONGRESS', 'WORKSHOP', 'WEBINAR', 'CONSULTATION_DAY', 'NETWORK_MEETING')),
    title                VARCHAR(200) NOT NULL,
    summary              VARCHAR(500) NOT NULL DEFAULT '',
    -- Markdown, rendered through the kernel's sanitiser
    description          TEXT         NOT NULL DEFAULT '',
    -- the organising partner or provider (an organisation of the accounts module)
    organiser_id         UUID         NOT NULL,
    created_by           UUID,
    starts_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the last moment to register; NULL: until the start
    registration_until   TIMESTAMP WITH TIME ZONE,
    -- on site: a district of the region and a place; NULL when online only
    district_code        VARCHAR(40),
    venue                VARCHAR(200) NOT NULL DEFAULT '',
    street               VARCHAR(200) NOT NULL DEFAULT '',
    postcode             VARCHAR(10)  NOT NULL DEFAULT '',
    city                 VARCHAR(100) NOT NULL DEFAULT '',
    -- places per attendance mode; NULL: the event is not offered in that mode
    onsite_capacity      INTEGER CHECK (onsite_capacity IS NULL OR onsite_capacity >= 0),
    online_capacity      INTEGER CHECK (online_capacity IS NULL OR online_capacity >= 0),
    -- the join link, shown only to registered participants close to the start
    online_url           VARCHAR(500) NOT NULL DEFAULT '',
    language             VARCHAR(5)   NOT NULL DEFAULT 'de',
    action_fields        VARCHAR(40)[] NOT NULL DEFAULT '{}',
    target_groups        VARCHAR(30)[] NOT NULL DEFAULT '{}',
    step_free            BOOLEAN      NOT NULL DEFAULT FALSE,
    hearing_loop         BOOLEAN      NOT NULL DEFAULT FALSE,
    sign_language        BOOLEAN      NOT NULL DEFAULT FALSE,
    accessibility_note   VARCHAR(1000) NOT NULL DEFAULT '',
    -- in euro cents; 0 is free
    cost_cents           INTEGER      NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
    cost_note            VARCHAR(300) NOT NULL DEFAULT '',
    -- stored status; "ausgebucht" (no free place) and "stattgefunden" (over) are derived
    status               VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'PLANNED', 'OPEN', 'CANCELLED')),
    cancelled_at         TIMESTAMP WITH TIME ZONE,
    cancel_reason        VARCHAR(1000) NOT NULL DEFAULT '',
    -- a future forum of the governance module whose inputs were collected at this event
    forum_id             UUID,
    -- documentation after the event
    minutes              TEXT         NOT NULL DEFAULT '',
    recording_url        VARCHAR(500) NOT NULL DEFAULT '',
    documented_at        TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK (onsite_capacity IS NOT NULL OR online_capacity IS NOT NULL)
);
CREATE INDEX event_starts_idx ON events.event (starts_at) WHERE status <> 'DRAFT';
CREATE INDEX event_series_idx ON events.event (series_id);
CREATE INDEX event_organiser_idx ON events.event (organiser_id);

-- The programme: agenda items with times, speakers and rooms.
CREATE TABLE events.agenda_item (
    id        BIGSERIAL PRIMARY KEY,
    event_id  UUID NOT NULL REFERENCES events.event (id) ON DELETE CASCADE,
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at   TIMESTAMP WITH TIME ZONE,
    title     VARCHAR(200) NOT NULL,
    speakers  VARCHAR(300) NOT NULL DEFAULT '',
    room      VARCHAR(100) NOT NULL DEFAULT ''
);
CREATE INDEX agenda_item_event_idx ON events.agenda_item (event_id, starts_at);

-- The organiser's own questions of the registration form (beside the standard fields).
CREATE TABLE events.question (
    id        BIGSERIAL PRIMARY KEY,
    event_id  UUID NOT NULL REFERENCES events.event (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    label     VARCHAR(200) NOT NULL,
    -- TEXT: free text (at most 500 characters); CHOICE: one of the choices; CHECK: yes/no
    kind      VARCHAR(6) NOT NULL CHECK (kind IN ('TEXT', 'CHOICE', 'CHECK')),
    -- CHOICE: the choices, one per line
    choices   TEXT NOT NULL DEFAULT '',
    required  BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (event_id, position)
);

-- One person's registration. CONFIRMED and OFFERED hold a place of their mode; WAITING queues by
-- waiting_since (a group's members share it and move up together); OFFERED is a time-limited offer to move up.
CREATE TABLE events.registration (
    id                  BIGSERIAL PRIMARY KEY,
    event_id            UUID NOT NULL REFERENCES events.event (id) ON DELETE CASCADE,
    mode                VARCHAR(6)  NOT NULL CHECK (mode IN ('ONSITE', 'ONLINE')),
    status              VARCHAR(10) NOT NULL
        CHECK (status IN ('CONFIRMED', 'WAITING', 'OFFERED', 'CANCELLED', 'EXPIRED')),
    -- the participant's account, when they registered themselves or have one; NULL for a person a company
    -- admin registered by name and address, or a walk-in
    account_id          UUID,
    name                VARCHAR(200) NOT NULL,
    email               VARCHAR(254) NOT NULL DEFAULT '',
    organisation        VARCHAR(200) NOT NULL DEFAULT '',
    registered_by       UUID,
    company_id          UUID,
    -- the registrations made in one group registration share this id
    group_id            UUID,
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    waiting_since       TIMESTAMP WITH TIME ZONE,
    offer_until         TIMESTAMP WITH TIME ZONE,
    cancelled_at        TIMESTAMP WITH TIME ZONE,
    cancelled_by_organiser BOOLEAN NOT NULL DEFAULT FALSE,
    -- the random code in the ticket's QR code, checked at the entrance
    ticket_code         VARCHAR(16) NOT NULL UNIQUE,
    -- SHA-256 of the token in the participant's mail links (cancel, confirm an offer, ticket), for people
    -- without an account
    token_hash          VARCHAR(64) UNIQUE,
    reminded_at         TIMESTAMP WITH TIME ZONE,
    checked_in_at       TIMESTAMP WITH TIME ZONE,
    checked_in_by       UUID,
    walk_in             BOOLEAN NOT NULL DEFAULT FALSE,
    CHECK (status <> 'WAITING' OR waiting_since IS NOT NULL),
    CHECK (status <> 'OFFERED' OR offer_until IS NOT NULL)
);
CREATE UNIQUE INDEX registration_active_email_idx ON events.registration (event_id, lower(email))
    WHERE status IN ('CONFIRMED', 'WAITING', 'OFFERED') AND email <> '';
CREATE UNIQUE INDEX registration_active_account_idx ON events.registration (event_id, account_id)
    WHERE status IN ('CONFIRMED', 'WAITING', 'OFFERED') AND account_id IS NOT NULL;
CREATE INDEX registration_event_idx ON events.registration (event_id, status);
CREATE INDEX registration_account_idx ON events.registration (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX registration_offer_idx ON events.registration (offer_until) WHERE status = 'OFFERED';
CREATE INDEX registration_company_idx ON events.registration (company_id) WHERE company_id IS NOT NULL;

CREATE TABLE events.answer (
    registration_id BIGINT NOT NULL REFERENCES events.registration (id) ON DELETE CASCADE,
    question_id     BIGINT NOT NULL REFERENCES events.question (id) ON DELETE CASCADE,
    value           VARCHAR(500) NOT NULL,
    PRIMARY KEY (registration_id, question_id)
);

-- Documentation after the event: slides, photos and other files, kept in the database like the help
-- desks' attachments (ADR 6).
CREATE TABLE events.document (
    id           UUID PRIMARY KEY,
    event_id     UUID NOT NULL REFERENCES events.event (id) ON DELETE CASCADE,
    kind         VARCHAR(6)   NOT NULL CHECK (kind IN ('SLIDES', 'PHOTO', 'OTHER')),
    title        VARCHAR(200) NOT NULL,
    -- required for photos (alternative text)
    alt_text     VARCHAR(300) NOT NULL DEFAULT '',
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_by  UUID,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (kind <> 'PHOTO' OR alt_text <> '')
);
CREATE INDEX document_event_idx ON events.document (event_id);
