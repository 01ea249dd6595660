-- The learning module (issue 20): content library, own courses with certificates, SCORM 1.2 packages.
-- Each part brings its own tables in its own migration.
CREATE SCHEMA IF NOT EXISTS learning;
