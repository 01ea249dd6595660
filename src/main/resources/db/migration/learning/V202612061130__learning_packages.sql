-- SCORM 1.2 packages (issue 20, part L3): the uploaded package with its parsed table of contents, its files
-- (kept in the database so that several instances on one PostgreSQL serve the same content without a shared
-- file system), and the learners' attempts with the run-time state per SCO.
CREATE TABLE learning.package_upload (
    id              uuid PRIMARY KEY,
    title           text        NOT NULL,
    organisation_id uuid,
    -- none once the uploader's account is erased (the package stays with its organisation)
    uploaded_by     uuid,
    status          text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    manifest_id     text        NOT NULL,
    structure       jsonb       NOT NULL,
    file_count      integer     NOT NULL,
    total_bytes     bigint      NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    published_at    timestamptz
);
CREATE INDEX package_upload_status ON learning.package_upload (status, created_at DESC);

CREATE TABLE learning.package_file (
    package_id uuid  NOT NULL REFERENCES learning.package_upload (id) ON DELETE CASCADE,
    path       text  NOT NULL,
    media_type text  NOT NULL,
    content    bytea NOT NULL,
    PRIMARY KEY (package_id, path)
);

CREATE TABLE learning.attempt_run (
    id         uuid PRIMARY KEY,
    package_id uuid        NOT NULL REFERENCES learning.package_upload (id) ON DELETE CASCADE,
    person_id  uuid        NOT NULL,
    number     integer     NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (package_id, person_id, number)
);
CREATE INDEX attempt_run_person ON learning.attempt_run (person_id);

CREATE TABLE learning.attempt_sco (
    attempt_id      uuid        NOT NULL REFERENCES learning.attempt_run (id) ON DELETE CASCADE,
    item_id         text        NOT NULL,
    cmi             jsonb       NOT NULL,
    api_state       text        NOT NULL,
    launch_id       uuid,
    lesson_status   text        NOT NULL,
    score_raw       numeric,
    total_time_cs   bigint      NOT NULL DEFAULT 0,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (attempt_id, item_id)
);
CREATE UNIQUE INDEX attempt_sco_launch ON learning.attempt_sco (launch_id);
