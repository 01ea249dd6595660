-- The assessment module owns schema "assessment": the versions of the Transformationscheck questionnaire,
-- the checks companies fill in, the consent a company gives advisors, and the qualification needs.
-- Organisations, people and taxonomy entries are referenced by id or URI (no foreign keys across schemas).
CREATE SCHEMA IF NOT EXISTS assessment;

-- Each questionnaire version is stored as loaded (JSON text) and never changed afterwards, so that answers
-- and results always stay readable against the version they were given for.
CREATE TABLE assessment.questionnaire (
    version    INT          PRIMARY KEY,
    definition TEXT         NOT NULL,
    loaded_at  TIMESTAMPTZ  NOT NULL
);

-- One run of the check for one company. Answers are a JSON object question key -> option key. The
-- classification (district, size class, value-chain position) is taken when the check is completed, so
-- that comparisons group companies as they were then. Scores are stored with the result.
CREATE TABLE assessment.company_check (
    id                    UUID         PRIMARY KEY,
    organisation_id       UUID         NOT NULL,
    questionnaire_version INT          NOT NULL REFERENCES assessment.questionnaire (version),
    status                VARCHAR(20)  NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    answers               TEXT         NOT NULL,
    current_step          INT          NOT NULL DEFAULT 0,
    started_by            UUID,
    started_at            TIMESTAMPTZ  NOT NULL,
    changed_at            TIMESTAMPTZ  NOT NULL,
    completed_at          TIMESTAMPTZ,
    district_code         VARCHAR(40),
    size_class            VARCHAR(20),
    value_chain_position  VARCHAR(30),
    scores                TEXT,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT company_check_completed CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL AND scores IS NOT NULL))
);
CREATE INDEX company_check_organisation_idx ON assessment.company_check (organisation_id, started_at);
-- at most one check in progress per company: a second "start" resumes it
CREATE UNIQUE INDEX company_check_one_open_idx ON assessment.company_check (organisation_id) WHERE status = 'IN_PROGRESS';

-- A company's consent that advisors (staff of the consortium partners, including union contacts) may fill
-- in its check and record its needs together with it. Withdrawn by deleting the row.
CREATE TABLE assessment.advisor_consent (
    organisation_id UUID         PRIMARY KEY,
    granted_by      UUID,
    granted_at      TIMESTAMPTZ  NOT NULL
);

-- A qualification need of one company. The district is taken from the organisation when it is recorded.
CREATE TABLE assessment.qualification_need (
    id                 UUID          PRIMARY KEY,
    organisation_id    UUID          NOT NULL,
    district_code      VARCHAR(40),
    occupation_uri     VARCHAR(500)  NOT NULL,
    occupation_label   VARCHAR(300)  NOT NULL,
    occupation_group   VARCHAR(10),
    occupation_group_label VARCHAR(300),
    employees_affected INT           NOT NULL CHECK (employees_affected BETWEEN 1 AND 100000),
    horizon            VARCHAR(20)   NOT NULL CHECK (horizon IN ('IMMEDIATE', 'SIX_MONTHS', 'ONE_TO_TWO_YEARS')),
    urgency            VARCHAR(20)   NOT NULL CHECK (urgency IN ('LOW', 'MEDIUM', 'HIGH')),
    formats            VARCHAR(200)  NOT NULL,
    comment            VARCHAR(2000),
    status             VARCHAR(20)   NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    recorded_by        UUID,
    recorded_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX qualification_need_organisation_idx ON assessment.qualification_need (organisation_id);

CREATE TABLE assessment.qualification_need_skill (
    need_id     UUID          NOT NULL REFERENCES assessment.qualification_need (id) ON DELETE CASCADE,
    skill_uri   VARCHAR(500)  NOT NULL,
    skill_label VARCHAR(300)  NOT NULL,
    PRIMARY KEY (need_id, skill_uri)
);
