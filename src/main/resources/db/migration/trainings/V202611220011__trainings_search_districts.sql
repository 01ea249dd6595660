-- The districts of an offer's upcoming runs (not cancelled, from today on), kept on the offer like
-- next_start, by the same trigger and hourly refresh: the district facet then counts offers without a
-- join over all runs.
ALTER TABLE trainings.offer ADD COLUMN districts VARCHAR(40)[] NOT NULL DEFAULT '{}';

CREATE FUNCTION trainings.offer_districts(offer BIGINT) RETURNS VARCHAR(40)[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(DISTINCT r.district_code ORDER BY r.district_code), '{}') FROM trainings.run r
    WHERE r.offer_id = offer AND NOT r.cancelled AND r.district_code IS NOT NULL
      AND r.start_date >= (now() AT TIME ZONE 'Europe/Berlin')::date
$$;

CREATE OR REPLACE FUNCTION trainings.runs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE trainings.offer o SET next_start = trainings.offer_next_start(o.id), districts = trainings.offer_districts(o.id)
        WHERE o.id IN (SELECT offer_id FROM new_runs)
          AND (o.next_start, o.districts) IS DISTINCT FROM (trainings.offer_next_start(o.id), trainings.offer_districts(o.id));
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE trainings.offer o SET next_start = trainings.offer_next_start(o.id), districts = trainings.offer_districts(o.id)
        WHERE o.id IN (SELECT offer_id FROM old_runs UNION SELECT offer_id FROM new_runs)
          AND (o.next_start, o.districts) IS DISTINCT FROM (trainings.offer_next_start(o.id), trainings.offer_districts(o.id));
    ELSE
        UPDATE trainings.offer o SET next_start = trainings.offer_next_start(o.id), districts = trainings.offer_districts(o.id)
        WHERE o.id IN (SELECT offer_id FROM old_runs)
          AND (o.next_start, o.districts) IS DISTINCT FROM (trainings.offer_next_start(o.id), trainings.offer_districts(o.id));
    END IF;
    RETURN NULL;
END
$$;

UPDATE trainings.offer o SET districts = d.districts
FROM (SELECT r.offer_id, array_agg(DISTINCT r.district_code ORDER BY r.district_code) AS districts FROM trainings.run r
      WHERE NOT r.cancelled AND r.district_code IS NOT NULL
        AND r.start_date >= (now() AT TIME ZONE 'Europe/Berlin')::date
      GROUP BY r.offer_id) d
WHERE d.offer_id = o.id;

ANALYZE trainings.offer;
