-- The skills module owns schema "skills": the ESCO-format taxonomy (source of truth for the in-memory
-- index every instance builds) and what people choose on "Mein Weg".
CREATE SCHEMA IF NOT EXISTS skills;

-- One row per successful import; the newest row tells every instance whether its index is stale.
CREATE TABLE skills.taxonomy_import (
    id                   BIGSERIAL    PRIMARY KEY,
    source               VARCHAR(500) NOT NULL,
    fingerprint          VARCHAR(64)  NOT NULL,
    started_at           TIMESTAMPTZ  NOT NULL,
    finished_at          TIMESTAMPTZ  NOT NULL,
    occupations          INT          NOT NULL,
    skills               INT          NOT NULL,
    relations            INT          NOT NULL,
    obsolete_occupations INT          NOT NULL,
    obsolete_skills      INT          NOT NULL,
    warnings             TEXT
);
CREATE INDEX taxonomy_import_fingerprint ON skills.taxonomy_import (fingerprint);

CREATE TABLE skills.isco_group (
    code     VARCHAR(10)  PRIMARY KEY,
    uri      VARCHAR(200) NOT NULL,
    label_de TEXT         NOT NULL
);

-- Concepts are never deleted: one that a newer export no longer contains is marked obsolete, so that
-- saved goals and other references keep resolving.
CREATE TABLE skills.occupation (
    uri             VARCHAR(200) PRIMARY KEY,
    code            VARCHAR(40),
    isco_group      VARCHAR(10),
    preferred_label TEXT         NOT NULL,
    alt_labels      TEXT,
    hidden_labels   TEXT,
    description     TEXT,
    green_share     DOUBLE PRECISION,
    obsolete        BOOLEAN      NOT NULL DEFAULT FALSE,
    import_id       BIGINT
);

CREATE TABLE skills.skill (
    uri         VARCHAR(200) PRIMARY KEY,
    label_de    TEXT,
    label_en    TEXT         NOT NULL,
    skill_type  VARCHAR(30),
    reuse_level VARCHAR(30),
    description TEXT,
    green       BOOLEAN      NOT NULL DEFAULT FALSE,
    digital     BOOLEAN      NOT NULL DEFAULT FALSE,
    transversal BOOLEAN      NOT NULL DEFAULT FALSE,
    obsolete    BOOLEAN      NOT NULL DEFAULT FALSE,
    import_id   BIGINT
);

CREATE TABLE skills.occupation_skill (
    occupation_uri VARCHAR(200) NOT NULL REFERENCES skills.occupation (uri),
    skill_uri      VARCHAR(200) NOT NULL REFERENCES skills.skill (uri),
    essential      BOOLEAN      NOT NULL,
    PRIMARY KEY (occupation_uri, skill_uri)
);
CREATE INDEX occupation_skill_skill ON skills.occupation_skill (skill_uri);

CREATE TABLE skills.skill_group (
    uri      VARCHAR(200) PRIMARY KEY,
    code     VARCHAR(40),
    label_de TEXT NOT NULL
);

-- Skill pillar hierarchy: a skill or group and its broader group or skill.
CREATE TABLE skills.skill_broader (
    concept_uri VARCHAR(200) NOT NULL,
    broader_uri VARCHAR(200) NOT NULL,
    PRIMARY KEY (concept_uri, broader_uri)
);

-- The goal a person saved on "Mein Weg": where they come from, where they want to go, their own skills.
CREATE TABLE skills.person_goal (
    user_id         UUID         PRIMARY KEY,
    from_uri        VARCHAR(200) NOT NULL,
    target_uri      VARCHAR(200) NOT NULL,
    skill_uris      TEXT         NOT NULL,
    saved_at        TIMESTAMPTZ  NOT NULL
);
