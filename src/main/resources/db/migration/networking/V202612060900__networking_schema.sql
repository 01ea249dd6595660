-- The networking module: cooperation exchange (issue 22, part 1) and discussions with moderation (part 2).
-- Each part brings its own tables in its own migration.
CREATE SCHEMA IF NOT EXISTS networking;
