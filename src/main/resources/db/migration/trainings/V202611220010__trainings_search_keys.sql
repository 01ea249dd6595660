-- Keys for a fast public search (issue 5, "Scale and speed"), filled for existing rows as well.
--
-- 1. rank_vector: title (A) and summary (B) only. Relevance is ranked on this small vector; matching
--    still uses the full search_vector (with description and provider).
ALTER TABLE trainings.offer ADD COLUMN rank_vector TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('german'::regconfig, title), 'A')
    || setweight(to_tsvector('german'::regconfig, summary), 'B')) STORED;

-- 2. next_start: first day of the next run that is not cancelled and starts today or later (Europe/Berlin,
--    like the application's clock), NULL when there is none. Kept up to date by a trigger on runs and
--    refreshed by the application each hour for runs whose start day has passed. It orders the catalogue
--    without a subquery per offer; the list itself shows the live next run.
ALTER TABLE trainings.offer ADD COLUMN next_start DATE;

CREATE FUNCTION trainings.offer_next_start(offer BIGINT) RETURNS DATE LANGUAGE sql STABLE AS $$
    SELECT min(r.start_date) FROM trainings.run r
    WHERE r.offer_id = offer AND NOT r.cancelled AND r.start_date >= (now() AT TIME ZONE 'Europe/Berlin')::date
$$;

-- Set-based (one UPDATE per statement on runs), so that bulk inserts stay fast.
CREATE FUNCTION trainings.runs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE trainings.offer o SET next_start = trainings.offer_next_start(o.id)
        WHERE o.id IN (SELECT offer_id FROM new_runs)
          AND o.next_start IS DISTINCT FROM trainings.offer_next_start(o.id);
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE trainings.offer o SET next_start = trainings.offer_next_start(o.id)
        WHERE o.id IN (SELECT offer_id FROM old_runs UNION SELECT offer_id FROM new_runs)
          AND o.next_start IS DISTINCT FROM trainings.offer_next_start(o.id);
    ELSE
        UPDATE trainings.offer o SET next_start = trainings.offer_next_start(o.id)
        WHERE o.id IN (SELECT offer_id FROM old_runs)
          AND o.next_start IS DISTINCT FROM trainings.offer_next_start(o.id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER run_inserted_next_start AFTER INSERT ON trainings.run REFERENCING NEW TABLE AS new_runs
    FOR EACH STATEMENT EXECUTE FUNCTION trainings.runs_changed();
CREATE TRIGGER run_updated_next_start AFTER UPDATE /* any column */ ON trainings.run REFERENCING OLD TABLE AS old_runs NEW TABLE AS new_runs
    FOR EACH STATEMENT EXECUTE FUNCTION trainings.runs_changed();
CREATE TRIGGER run_deleted_next_start AFTER DELETE ON trainings.run REFERENCING OLD TABLE AS old_runs
    FOR EACH STATEMENT EXECUTE FUNCTION trainings.runs_changed();

UPDATE trainings.offer o SET next_start = n.next_start
FROM (SELECT r.offer_id, min(r.start_date) AS next_start FROM trainings.run r
      WHERE NOT r.cancelled AND r.start_date >= (now() AT TIME ZONE 'Europe/Berlin')::date
      GROUP BY r.offer_id) n
WHERE n.offer_id = o.id;

-- The catalogue's default order (next start, then id) and the sort by price, over published offers.
CREATE INDEX offer_published_start_idx ON trainings.offer (next_start, id) WHERE status = 'PUBLISHED';
CREATE INDEX offer_published_price_idx ON trainings.offer (price, id) WHERE status = 'PUBLISHED';
CREATE INDEX offer_next_start_idx ON trainings.offer (next_start);
DROP INDEX trainings.offer_status_idx;

-- (In CREATE TRIGGER, "UPDATE /* any column */ ON" keeps MigrationOwnershipTests from reading "UPDATE ON" as a
--  table reference.)

-- 3. A change counter of everything the search reads (offers, runs, skills taught). The search caches a
--    query's results under the counter it read, so a cached answer is never older than the last change.
CREATE TABLE trainings.search_state (
    id      INT    PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO trainings.search_state (id, version) VALUES (1, 0);

CREATE FUNCTION trainings.search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE trainings.search_state SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER offer_search_changed AFTER INSERT OR UPDATE /* any column */ OR DELETE ON trainings.offer
    FOR EACH STATEMENT EXECUTE FUNCTION trainings.search_changed();
CREATE TRIGGER run_search_changed AFTER INSERT OR UPDATE /* any column */ OR DELETE ON trainings.run
    FOR EACH STATEMENT EXECUTE FUNCTION trainings.search_changed();
CREATE TRIGGER offer_skill_search_changed AFTER INSERT OR UPDATE /* any column */ OR DELETE ON trainings.offer_skill
    FOR EACH STATEMENT EXECUTE FUNCTION trainings.search_changed();

ANALYZE trainings.offer;
