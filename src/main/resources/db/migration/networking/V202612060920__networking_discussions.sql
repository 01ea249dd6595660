-- Discussions (issue 22, part 2): spaces, threads, posts, mentions, subscriptions; and moderation of every kind of
-- item the module knows (reports, decisions with a statement of reasons, one appeal, watched words, muting, log).

CREATE TABLE networking.discussion_space (
    id                UUID PRIMARY KEY,
    slug              VARCHAR(80)  NOT NULL UNIQUE,
    kind              VARCHAR(20)  NOT NULL CHECK (kind IN ('ACTION_FIELD', 'TOPIC', 'PRIVATE')),
    action_field_code VARCHAR(80),
    title             VARCHAR(200) NOT NULL,
    description       TEXT         NOT NULL DEFAULT '',
    created_at        TIMESTAMPTZ  NOT NULL
);

CREATE TABLE networking.discussion_space_member (
    space_id   UUID NOT NULL REFERENCES networking.discussion_space (id) ON DELETE CASCADE,
    account_id UUID NOT NULL,
    PRIMARY KEY (space_id, account_id)
);

CREATE TABLE networking.discussion_thread (
    id           UUID PRIMARY KEY,
    space_id     UUID         NOT NULL REFERENCES networking.discussion_space (id) ON DELETE CASCADE,
    title        VARCHAR(200) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    last_post_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX discussion_thread_space ON networking.discussion_thread (space_id, last_post_at DESC);

-- hidden: by a moderator's decision; held: by a watched word until a moderator releases it; deleted: by its author
CREATE TABLE networking.discussion_post (
    id          UUID PRIMARY KEY,
    thread_id   UUID        NOT NULL REFERENCES networking.discussion_thread (id) ON DELETE CASCADE,
    author_id   UUID,
    author_name VARCHAR(200),
    body        TEXT        NOT NULL,
    hidden      BOOLEAN     NOT NULL DEFAULT FALSE,
    held        BOOLEAN     NOT NULL DEFAULT FALSE,
    deleted     BOOLEAN     NOT NULL DEFAULT FALSE,
    edited_at   TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX discussion_post_thread ON networking.discussion_post (thread_id, created_at);
CREATE INDEX discussion_post_author ON networking.discussion_post (author_id);
CREATE INDEX discussion_post_search ON networking.discussion_post USING gin (to_tsvector('german', body));

CREATE TABLE networking.discussion_mention (
    post_id    UUID NOT NULL REFERENCES networking.discussion_post (id) ON DELETE CASCADE,
    account_id UUID NOT NULL,
    PRIMARY KEY (post_id, account_id)
);

-- following a thread or a whole space
CREATE TABLE networking.discussion_subscription (
    account_id UUID        NOT NULL,
    thread_id  UUID REFERENCES networking.discussion_thread (id) ON DELETE CASCADE,
    space_id   UUID REFERENCES networking.discussion_space (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    CHECK ((thread_id IS NULL) <> (space_id IS NULL))
);
CREATE UNIQUE INDEX discussion_subscription_thread ON networking.discussion_subscription (account_id, thread_id)
    WHERE thread_id IS NOT NULL;
CREATE UNIQUE INDEX discussion_subscription_space ON networking.discussion_subscription (account_id, space_id)
    WHERE space_id IS NOT NULL;

-- ---- moderation

-- a report of a member (reporter set) or of the system (a watched word flagged or held the item)
CREATE TABLE networking.moderation_report (
    id            UUID PRIMARY KEY,
    kind          VARCHAR(40)  NOT NULL,
    item_id       UUID         NOT NULL,
    reporter_id   UUID,
    reporter_name VARCHAR(200),
    system        BOOLEAN      NOT NULL DEFAULT FALSE,
    category      VARCHAR(30)  NOT NULL,
    reason        TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    closed_at     TIMESTAMPTZ
);
CREATE INDEX moderation_report_item ON networking.moderation_report (kind, item_id);
CREATE INDEX moderation_report_open ON networking.moderation_report (created_at) WHERE closed_at IS NULL;

CREATE TABLE networking.moderation_decision (
    id             UUID PRIMARY KEY,
    kind           VARCHAR(40) NOT NULL,
    item_id        UUID        NOT NULL,
    author_id      UUID,
    action         VARCHAR(20) NOT NULL CHECK (action IN ('DISMISS', 'HIDE', 'EDIT', 'RELEASE')),
    rule           VARCHAR(20),
    facts          TEXT        NOT NULL,
    previous_text  TEXT,
    new_text       TEXT,
    moderator_id   UUID        NOT NULL,
    moderator_name VARCHAR(200),
    created_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (id, moderator_id)
);
CREATE INDEX moderation_decision_item ON networking.moderation_decision (kind, item_id, created_at DESC);

-- one appeal per decision; decided by a second moderator, never the one who decided (the check says so)
CREATE TABLE networking.moderation_appeal (
    id                    UUID PRIMARY KEY,
    decision_id           UUID        NOT NULL UNIQUE,
    decision_moderator_id UUID        NOT NULL,
    author_id             UUID,
    text                  TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    outcome               VARCHAR(20) CHECK (outcome IN ('CONFIRMED', 'REVERSED')),
    reasons               TEXT,
    decided_by            UUID,
    decided_at            TIMESTAMPTZ,
    FOREIGN KEY (decision_id, decision_moderator_id)
        REFERENCES networking.moderation_decision (id, moderator_id),
    CONSTRAINT moderation_appeal_second_moderator CHECK (decided_by IS NULL OR decided_by <> decision_moderator_id)
);

CREATE TABLE networking.moderation_watched_word (
    id         UUID PRIMARY KEY,
    phrase     VARCHAR(200) NOT NULL,
    action     VARCHAR(10)  NOT NULL CHECK (action IN ('BLOCK', 'HOLD', 'FLAG')),
    created_at TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX moderation_watched_word_phrase ON networking.moderation_watched_word (lower(phrase));

CREATE TABLE networking.moderation_mute (
    account_id UUID PRIMARY KEY,
    until      DATE,
    reason     TEXT        NOT NULL,
    muted_by   UUID        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

-- every moderation action; on erasure of a person their name and id go, the action stays
CREATE TABLE networking.moderation_log (
    id         BIGSERIAL PRIMARY KEY,
    at         TIMESTAMPTZ  NOT NULL,
    actor_id   UUID,
    actor_name VARCHAR(200),
    action     VARCHAR(40)  NOT NULL,
    kind       VARCHAR(40),
    item_id    UUID,
    subject_id UUID,
    reasons    TEXT         NOT NULL DEFAULT ''
);
CREATE INDEX moderation_log_at ON networking.moderation_log (at DESC);
