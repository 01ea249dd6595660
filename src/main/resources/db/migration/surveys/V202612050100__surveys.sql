-- The surveys module owns schema "surveys": questionnaires in revisions (sections, questions, their
-- options), who may answer (audience, invitations), answers in progress and submitted responses.
-- People are referenced by account id, districts by their region codes, the thing a survey belongs to by
-- module, type and id (no foreign keys across schemas).
--
-- Anonymity: for an anonymous survey a submitted response (surveys.response, surveys.answer) holds no
-- account, no invitation, no address, no time and no sequence number; the only trace of a person is the
-- participation row ("has answered"), which holds no answer and no reference to a response. Answers in
-- progress (surveys.draft_answer) hang on the participation until submission and are then moved into a
-- new response with a fresh random id and deleted.
CREATE SCHEMA IF NOT EXISTS surveys;

-- One revision of a survey. Revisions of the same survey share family_id (the first revision's id) and
-- slug; each revision keeps its own questions and its own results.
-- audience: PUBLIC (anyone, no sign-in), SIGNED_IN, ROLE (audience_value = role name),
-- ORGANISATION_KIND (audience_value = COMPANY/PARTNER/PROVIDER), INVITED (invitation links only).
-- subject_*: the thing of another module the survey belongs to (e.g. governance/charter-version/2.0).
CREATE TABLE surveys.survey (
    id                 UUID          PRIMARY KEY,
    family_id          UUID          NOT NULL,
    revision           INT           NOT NULL,
    slug               VARCHAR(80)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    intro              TEXT          NOT NULL DEFAULT '',
    audience           VARCHAR(20)   NOT NULL,
    audience_value     VARCHAR(40),
    anonymous          BOOLEAN       NOT NULL,
    opens_at           TIMESTAMPTZ,
    closes_at          TIMESTAMPTZ,
    publish_results    BOOLEAN       NOT NULL DEFAULT FALSE,
    template_key       VARCHAR(60),
    subject_module     VARCHAR(40),
    subject_type       VARCHAR(40),
    subject_id         VARCHAR(100),
    owner_id           UUID          NOT NULL,
    owner_organisation UUID,
    created_at         TIMESTAMPTZ   NOT NULL,
    UNIQUE (family_id, revision),
    UNIQUE (slug, revision),
    CHECK (audience IN ('PUBLIC', 'SIGNED_IN', 'ROLE', 'ORGANISATION_KIND', 'INVITED')),
    CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at)
);
CREATE UNIQUE INDEX survey_template ON surveys.survey (template_key) WHERE template_key IS NOT NULL;
CREATE INDEX survey_subject ON surveys.survey (subject_module, subject_type, subject_id);
CREATE INDEX survey_owner ON surveys.survey (owner_id);

CREATE TABLE surveys.section (
    id                 UUID          PRIMARY KEY,
    survey_id          UUID          NOT NULL REFERENCES surveys.survey (id) ON DELETE CASCADE,
    position           INT           NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    intro              TEXT          NOT NULL DEFAULT ''
);
CREATE INDEX section_survey ON surveys.section (survey_id, position);

-- kind: SINGLE, MULTIPLE (min_choices/max_choices), SCALE (scale_min..scale_max, labelled ends), TEXT
-- (long_text, max_length), MATRIX (rows in surveys.choice with kind ROW, one scale), RANKING (options),
-- NUMBER (number_min/number_max), DATE, DISTRICT (the region's districts).
-- dont_know: offers "weiß nicht / keine Angabe". A condition shows the question only when the earlier
-- question condition_question_id was answered with one of condition_values (option codes or scale values).
CREATE TABLE surveys.question (
    id                 UUID          PRIMARY KEY,
    survey_id          UUID          NOT NULL REFERENCES surveys.survey (id) ON DELETE CASCADE,
    section_id         UUID          NOT NULL REFERENCES surveys.section (id) ON DELETE CASCADE,
    position           INT           NOT NULL,
    code               VARCHAR(20)   NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    text               VARCHAR(500)  NOT NULL,
    help               TEXT          NOT NULL DEFAULT '',
    required           BOOLEAN       NOT NULL,
    dont_know          BOOLEAN       NOT NULL DEFAULT FALSE,
    min_choices        INT,
    max_choices        INT,
    scale_min          INT,
    scale_max          INT,
    scale_min_label    VARCHAR(100),
    scale_max_label    VARCHAR(100),
    long_text          BOOLEAN       NOT NULL DEFAULT FALSE,
    max_length         INT,
    number_min         NUMERIC,
    number_max         NUMERIC,
    condition_question_id UUID       REFERENCES surveys.question (id),
    condition_values   TEXT[],
    UNIQUE (survey_id, code),
    CHECK (kind IN ('SINGLE', 'MULTIPLE', 'SCALE', 'TEXT', 'MATRIX', 'RANKING', 'NUMBER', 'DATE', 'DISTRICT'))
);
CREATE INDEX question_section ON surveys.question (section_id, position);

-- Options of a choice or ranking question (kind OPTION) and rows of a matrix (kind ROW).
CREATE TABLE surveys.choice (
    question_id        UUID          NOT NULL REFERENCES surveys.question (id) ON DELETE CASCADE,
    kind               VARCHAR(10)   NOT NULL,
    position           INT           NOT NULL,
    code               VARCHAR(20)   NOT NULL,
    label              VARCHAR(300)  NOT NULL,
    PRIMARY KEY (question_id, kind, code),
    CHECK (kind IN ('OPTION', 'ROW'))
);

-- The invited list of a survey (audience INVITED, or extra invitations). The link carries the token; only
-- its SHA-256 is stored.
CREATE TABLE surveys.invitation (
    id                 UUID          PRIMARY KEY,
    survey_id          UUID          NOT NULL REFERENCES surveys.survey (id) ON DELETE CASCADE,
    email              VARCHAR(320)  NOT NULL,
    name               VARCHAR(200),
    token_hash         VARCHAR(64)   NOT NULL UNIQUE,
    created_at         TIMESTAMPTZ   NOT NULL,
    sent_at            TIMESTAMPTZ,
    UNIQUE (survey_id, email)
);

-- Who takes or took part, by exactly one of: account, invitation, or the SHA-256 of a random key kept in
-- the browser's cookie (public surveys without sign-in). state: STARTED or SUBMITTED. current_section:
-- the page to resume at. answered_on stays NULL for anonymous surveys (no time to correlate).
CREATE TABLE surveys.participation (
    id                 UUID          PRIMARY KEY,
    survey_id          UUID          NOT NULL REFERENCES surveys.survey (id) ON DELETE CASCADE,
    account_id         UUID,
    invitation_id      UUID          REFERENCES surveys.invitation (id) ON DELETE CASCADE,
    browser_key_hash   VARCHAR(64),
    state              VARCHAR(12)   NOT NULL,
    current_section    INT           NOT NULL DEFAULT 0,
    answered_on        DATE,
    UNIQUE (survey_id, account_id),
    UNIQUE (survey_id, invitation_id),
    UNIQUE (survey_id, browser_key_hash),
    CHECK (num_nonnulls(account_id, invitation_id, browser_key_hash) = 1),
    CHECK (state IN ('STARTED', 'SUBMITTED'))
);
CREATE INDEX participation_account ON surveys.participation (account_id);

-- One answer value. item: the matrix row or ranked option (else NULL); choice: the chosen option code or
-- district code; number: scale value, matrix value, rank or number; text; date; dont_know: "weiß nicht".
-- A multiple-choice answer is one row per chosen option.
CREATE TABLE surveys.draft_answer (
    participation_id   UUID          NOT NULL REFERENCES surveys.participation (id) ON DELETE CASCADE,
    question_id        UUID          NOT NULL REFERENCES surveys.question (id) ON DELETE CASCADE,
    item               VARCHAR(20),
    choice             VARCHAR(40),
    number             NUMERIC,
    text               TEXT,
    date               DATE,
    dont_know          BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX draft_answer_participation ON surveys.draft_answer (participation_id, question_id);

-- A submitted response. account_id and submitted_at are filled only for surveys that are not anonymous.
CREATE TABLE surveys.response (
    id                 UUID          PRIMARY KEY,
    survey_id          UUID          NOT NULL REFERENCES surveys.survey (id) ON DELETE CASCADE,
    account_id         UUID,
    submitted_at       TIMESTAMPTZ
);
CREATE INDEX response_survey ON surveys.response (survey_id);
CREATE INDEX response_account ON surveys.response (account_id);

CREATE TABLE surveys.answer (
    response_id        UUID          NOT NULL REFERENCES surveys.response (id) ON DELETE CASCADE,
    question_id        UUID          NOT NULL REFERENCES surveys.question (id) ON DELETE CASCADE,
    item               VARCHAR(20),
    choice             VARCHAR(40),
    number             NUMERIC,
    text               TEXT,
    date               DATE,
    dont_know          BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX answer_question ON surveys.answer (question_id, response_id);
CREATE INDEX answer_response ON surveys.answer (response_id);
