-- A survey result the coordination names as a reason for a charter section: the survey revision (its id in the
-- surveys module; no foreign key across schemas), the question and the finding in words. It enters the
-- provenance graph as the source of a contribution_link with source_kind 'SURVEY'.
CREATE TABLE governance.survey_citation (
    id                 UUID          PRIMARY KEY,
    survey_id          UUID          NOT NULL,
    question_code      VARCHAR(20)   NOT NULL,
    finding            VARCHAR(500)  NOT NULL,
    cited_by           UUID          NOT NULL,
    cited_at           TIMESTAMPTZ   NOT NULL
);
CREATE INDEX survey_citation_survey ON governance.survey_citation (survey_id);
