-- The consultation of a charter version: comments on a section or on a marked passage of it (replies nest
-- one level), change proposals with the wording they were written against, and one support per person.
CREATE TABLE governance.comment (
    id                 UUID          PRIMARY KEY,
    version_id         UUID          NOT NULL REFERENCES governance.charter_version (id),
    section_id         UUID          NOT NULL REFERENCES governance.charter_section (id),
    proposal_id        UUID,
    parent_id          UUID          REFERENCES governance.comment (id),
    author_id          UUID,
    show_name          BOOLEAN       NOT NULL DEFAULT FALSE,
    author_name        VARCHAR(200),
    passage            TEXT,
    body               TEXT          NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX comment_section ON governance.comment (section_id, created_at);
CREATE INDEX comment_author ON governance.comment (author_id);

-- A proposal names the section's revision and wording it was written for, so that it is shown against that
-- wording even when the section changes meanwhile. code: short public number, e.g. "V-3.0-017".
CREATE TABLE governance.proposal (
    id                 UUID          PRIMARY KEY,
    code               VARCHAR(20)   NOT NULL UNIQUE,
    version_id         UUID          NOT NULL REFERENCES governance.charter_version (id),
    section_id         UUID          NOT NULL REFERENCES governance.charter_section (id),
    author_id          UUID,
    show_name          BOOLEAN       NOT NULL DEFAULT FALSE,
    author_name        VARCHAR(200),
    base_revision      INT           NOT NULL,
    base_heading       VARCHAR(300)  NOT NULL,
    base_body          TEXT          NOT NULL,
    proposed_body      TEXT          NOT NULL,
    reason             TEXT          NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX proposal_section ON governance.proposal (version_id, section_id);
CREATE INDEX proposal_author ON governance.proposal (author_id);
ALTER TABLE governance.comment ADD CONSTRAINT comment_proposal FOREIGN KEY (proposal_id)
    REFERENCES governance.proposal (id);

CREATE TABLE governance.proposal_support (
    proposal_id        UUID          NOT NULL REFERENCES governance.proposal (id),
    person_id          UUID          NOT NULL,
    supported_at       TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (proposal_id, person_id)
);
