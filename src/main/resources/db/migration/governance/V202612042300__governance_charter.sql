-- The governance module owns schema "governance": the charter in versions and sections, its consultation
-- (comments, change proposals, supports), the future forums with their inputs and topics, and the
-- decisions and links that make up the provenance of every section. People are referenced by account id,
-- districts and action fields by their region codes (no foreign keys across schemas).
CREATE SCHEMA IF NOT EXISTS governance;

-- One version of the charter (1.0, 2.0, ...). Status: DRAFT, CONSULTATION, ADOPTED, SUPERSEDED.
-- Phase: DRAFT_PHASE (Entwurf), CONSOLIDATION (Konsolidierung), PERMANENCE (Verstetigung).
-- An adopted or superseded version is frozen: its sections are never changed again.
CREATE TABLE governance.charter_version (
    id                 UUID          PRIMARY KEY,
    number             VARCHAR(10)   NOT NULL UNIQUE,
    title              VARCHAR(200)  NOT NULL,
    phase              VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    predecessor_id     UUID          REFERENCES governance.charter_version (id),
    consultation_from  TIMESTAMPTZ,
    consultation_to    TIMESTAMPTZ,
    adopted_on         DATE,
    created_at         TIMESTAMPTZ   NOT NULL,
    CONSTRAINT charter_version_period CHECK (consultation_to IS NULL OR consultation_from < consultation_to)
);

-- The stable identity of a section across versions: "3.2 in 1.0" and its successor in 2.0 share this id,
-- however they are renamed or moved. A section split off or merged keeps a lineage (section_lineage).
-- The anchor is the section's citable name in URLs (/charta/2.0#s-vision); an import keeps identity by it.
CREATE TABLE governance.charter_section (
    id                 UUID          PRIMARY KEY,
    anchor             VARCHAR(60)   NOT NULL UNIQUE,
    first_version_id   UUID          NOT NULL REFERENCES governance.charter_version (id)
);

-- A section as it reads in one version: heading, Markdown body, place in the tree (two levels).
-- revision counts the edits of a draft so that a second editor gets a conflict instead of overwriting.
CREATE TABLE governance.section_text (
    version_id         UUID          NOT NULL REFERENCES governance.charter_version (id),
    section_id         UUID          NOT NULL REFERENCES governance.charter_section (id),
    parent_section_id  UUID          REFERENCES governance.charter_section (id),
    position           INT           NOT NULL,
    heading            VARCHAR(300)  NOT NULL,
    body               TEXT          NOT NULL DEFAULT '',
    revision           INT           NOT NULL DEFAULT 0,
    updated_at         TIMESTAMPTZ   NOT NULL,
    updated_by         UUID,
    PRIMARY KEY (version_id, section_id)
);
CREATE INDEX section_text_parent ON governance.section_text (version_id, parent_section_id, position);

-- Where a section of a version comes from when it is not simply the same section as before: split off
-- from another section (one source that lives on) or merged from several (sources that end).
CREATE TABLE governance.section_lineage (
    version_id         UUID          NOT NULL REFERENCES governance.charter_version (id),
    section_id         UUID          NOT NULL REFERENCES governance.charter_section (id),
    source_section_id  UUID          NOT NULL REFERENCES governance.charter_section (id),
    PRIMARY KEY (version_id, section_id, source_section_id)
);

-- The coordination's decision on a contribution (a change proposal, a forum input or a topic of inputs):
-- ADOPTED (übernommen), PARTLY_ADOPTED, MERGED (zusammengeführt mit merged_into_*), REJECTED, always
-- with a reason in plain language. One decision per contribution; a new decision replaces the old one
-- and the replaced one is kept in decision_history.
CREATE TABLE governance.decision (
    contribution_kind  VARCHAR(10)   NOT NULL,
    contribution_id    UUID          NOT NULL,
    outcome            VARCHAR(20)   NOT NULL,
    reason             TEXT          NOT NULL,
    merged_into_kind   VARCHAR(10),
    merged_into_id     UUID,
    decided_by         UUID          NOT NULL,
    decided_at         TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (contribution_kind, contribution_id),
    CONSTRAINT decision_merge CHECK ((outcome = 'MERGED') = (merged_into_id IS NOT NULL))
);
CREATE TABLE governance.decision_history (
    contribution_kind  VARCHAR(10)   NOT NULL,
    contribution_id    UUID          NOT NULL,
    outcome            VARCHAR(20)   NOT NULL,
    reason             TEXT          NOT NULL,
    decided_by         UUID          NOT NULL,
    decided_at         TIMESTAMPTZ   NOT NULL,
    replaced_at        TIMESTAMPTZ   NOT NULL
);

-- The edges of the provenance graph: a contribution (INPUT, TOPIC, PROPOSAL) led to another contribution
-- (an input grouped into a topic is stored on the input; here: input or topic -> proposal) or to a section
-- of a version (target_kind SECTION, target_version_id set).
CREATE TABLE governance.contribution_link (
    source_kind        VARCHAR(10)   NOT NULL,
    source_id          UUID          NOT NULL,
    target_kind        VARCHAR(10)   NOT NULL,
    target_id          UUID          NOT NULL,
    target_version_id  UUID          REFERENCES governance.charter_version (id),
    linked_by          UUID          NOT NULL,
    linked_at          TIMESTAMPTZ   NOT NULL,
    CONSTRAINT contribution_link_section CHECK ((target_kind = 'SECTION') = (target_version_id IS NOT NULL))
);
CREATE UNIQUE INDEX contribution_link_unique ON governance.contribution_link
    (source_kind, source_id, target_kind, target_id, COALESCE(target_version_id, '00000000-0000-0000-0000-000000000000'));
CREATE INDEX contribution_link_target ON governance.contribution_link (target_kind, target_id);
