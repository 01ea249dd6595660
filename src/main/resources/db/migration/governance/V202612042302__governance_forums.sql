-- Future forums (Zukunftsforen): one per district and date, with an input period. Inputs come online (signed
-- in or anonymous) or from paper cards typed in by staff in batches that a second person reviews before
-- they are published. The coordination groups inputs into topics and marks duplicates.
CREATE TABLE governance.forum (
    id                 UUID          PRIMARY KEY,
    title              VARCHAR(200)  NOT NULL,
    district_code      VARCHAR(60)   NOT NULL,
    place              VARCHAR(200),
    held_on            DATE          NOT NULL,
    input_from         TIMESTAMPTZ   NOT NULL,
    input_to           TIMESTAMPTZ   NOT NULL,
    description        TEXT          NOT NULL DEFAULT '',
    created_at         TIMESTAMPTZ   NOT NULL,
    CONSTRAINT forum_period CHECK (input_from < input_to)
);

-- A batch of paper cards: entered by one person, reviewed by another (never the same), then published.
-- status: OPEN (being entered), SUBMITTED (waiting for review), PUBLISHED.
CREATE TABLE governance.card_batch (
    id                 UUID          PRIMARY KEY,
    forum_id           UUID          NOT NULL REFERENCES governance.forum (id),
    status             VARCHAR(12)   NOT NULL,
    entered_by         UUID          NOT NULL,
    entered_at         TIMESTAMPTZ   NOT NULL,
    reviewed_by        UUID,
    reviewed_at        TIMESTAMPTZ,
    CONSTRAINT card_batch_four_eyes CHECK (reviewed_by IS NULL OR reviewed_by <> entered_by)
);

CREATE TABLE governance.topic (
    id                 UUID          PRIMARY KEY,
    title              VARCHAR(200)  NOT NULL,
    description        TEXT          NOT NULL DEFAULT '',
    action_field_code  VARCHAR(60),
    created_by         UUID          NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL
);

-- kind: THEME (Thema), NEED (Bedarf), WISH (Wunsch), QUESTION (Frage). source: ONLINE or PAPER.
-- code: the short public code printed on a paper card (and given to online contributors), e.g. "ZF-7K3M".
-- published: online input at once; paper cards when their batch is reviewed.
CREATE TABLE governance.forum_input (
    id                 UUID          PRIMARY KEY,
    code               VARCHAR(12)   NOT NULL UNIQUE,
    forum_id           UUID          NOT NULL REFERENCES governance.forum (id),
    kind               VARCHAR(10)   NOT NULL,
    body               TEXT          NOT NULL,
    district_code      VARCHAR(60),
    action_field_code  VARCHAR(60),
    source             VARCHAR(6)    NOT NULL,
    batch_id           UUID          REFERENCES governance.card_batch (id),
    batch_row          INT,
    author_id          UUID,
    show_name          BOOLEAN       NOT NULL DEFAULT FALSE,
    author_name        VARCHAR(200),
    published          BOOLEAN       NOT NULL,
    topic_id           UUID          REFERENCES governance.topic (id),
    duplicate_of       UUID          REFERENCES governance.forum_input (id),
    created_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX forum_input_forum ON governance.forum_input (forum_id, created_at);
CREATE INDEX forum_input_topic ON governance.forum_input (topic_id);
CREATE INDEX forum_input_author ON governance.forum_input (author_id);
