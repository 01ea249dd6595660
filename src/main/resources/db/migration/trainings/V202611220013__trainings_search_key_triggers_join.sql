-- The statement triggers that keep next_start, districts and skills on the offer read the changed offer ids
-- from the transition table with "o.id IN (SELECT offer_id FROM <transition table>)". A transition table has
-- no statistics, so for a bulk insert (the load-data generator: 250,000 runs in one statement) the planner
-- could rescan it for every offer row, and the insert did not finish in 10 minutes. Now the distinct ids are
-- collected first and joined (a hash join for many rows, an index lookup per id for few).

CREATE OR REPLACE FUNCTION trainings.runs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE trainings.offer o SET next_start = k.next_start, districts = k.districts
        FROM (SELECT c.offer_id, trainings.offer_next_start(c.offer_id) AS next_start,
                     trainings.offer_districts(c.offer_id) AS districts
              FROM (SELECT DISTINCT offer_id FROM new_runs) c) k
        WHERE o.id = k.offer_id AND (o.next_start, o.districts) IS DISTINCT FROM (k.next_start, k.districts);
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE trainings.offer o SET next_start = k.next_start, districts = k.districts
        FROM (SELECT c.offer_id, trainings.offer_next_start(c.offer_id) AS next_start,
                     trainings.offer_districts(c.offer_id) AS districts
              FROM (SELECT offer_id FROM old_runs UNION SELECT offer_id FROM new_runs) c) k
        WHERE o.id = k.offer_id AND (o.next_start, o.districts) IS DISTINCT FROM (k.next_start, k.districts);
    ELSE
        UPDATE trainings.offer o SET next_start = k.next_start, districts = k.districts
        FROM (SELECT c.offer_id, trainings.offer_next_start(c.offer_id) AS next_start,
                     trainings.offer_districts(c.offer_id) AS districts
              FROM (SELECT DISTINCT offer_id FROM old_runs) c) k
        WHERE o.id = k.offer_id AND (o.next_start, o.districts) IS DISTINCT FROM (k.next_start, k.districts);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION trainings.offer_skill_uris(offer BIGINT) RETURNS VARCHAR(300)[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(s.skill_uri ORDER BY s.skill_uri), '{}') FROM trainings.offer_skill s WHERE s.offer_id = offer
$$;

CREATE OR REPLACE FUNCTION trainings.offer_skills_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE trainings.offer o SET skills = k.skills
        FROM (SELECT c.offer_id, trainings.offer_skill_uris(c.offer_id) AS skills
              FROM (SELECT DISTINCT offer_id FROM new_links) c) k
        WHERE o.id = k.offer_id AND o.skills IS DISTINCT FROM k.skills;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE trainings.offer o SET skills = k.skills
        FROM (SELECT c.offer_id, trainings.offer_skill_uris(c.offer_id) AS skills
              FROM (SELECT offer_id FROM old_links UNION SELECT offer_id FROM new_links) c) k
        WHERE o.id = k.offer_id AND o.skills IS DISTINCT FROM k.skills;
    ELSE
        UPDATE trainings.offer o SET skills = k.skills
        FROM (SELECT c.offer_id, trainings.offer_skill_uris(c.offer_id) AS skills
              FROM (SELECT DISTINCT offer_id FROM old_links) c) k
        WHERE o.id = k.offer_id AND o.skills IS DISTINCT FROM k.skills;
    END IF;
    RETURN NULL;
END
$$;
