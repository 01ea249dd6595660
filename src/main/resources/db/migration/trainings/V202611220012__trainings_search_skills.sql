-- The skills an offer teaches, kept on the offer as well (by a trigger on offer_skill), so that the skill
-- facet counts the matching offers without a join; labels come from offer_skill for the counted skills only.
ALTER TABLE trainings.offer ADD COLUMN skills VARCHAR(300)[] NOT NULL DEFAULT '{}';

CREATE FUNCTION trainings.offer_skills_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE trainings.offer o SET skills = coalesce((SELECT array_agg(s.skill_uri ORDER BY s.skill_uri)
            FROM trainings.offer_skill s WHERE s.offer_id = o.id), '{}')
        WHERE o.id IN (SELECT offer_id FROM new_links);
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE trainings.offer o SET skills = coalesce((SELECT array_agg(s.skill_uri ORDER BY s.skill_uri)
            FROM trainings.offer_skill s WHERE s.offer_id = o.id), '{}')
        WHERE o.id IN (SELECT offer_id FROM old_links UNION SELECT offer_id FROM new_links);
    ELSE
        UPDATE trainings.offer o SET skills = coalesce((SELECT array_agg(s.skill_uri ORDER BY s.skill_uri)
            FROM trainings.offer_skill s WHERE s.offer_id = o.id), '{}')
        WHERE o.id IN (SELECT offer_id FROM old_links);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER offer_skill_inserted AFTER INSERT ON trainings.offer_skill REFERENCING NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION trainings.offer_skills_changed();
CREATE TRIGGER offer_skill_updated AFTER UPDATE /* any column */ ON trainings.offer_skill REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION trainings.offer_skills_changed();
CREATE TRIGGER offer_skill_deleted AFTER DELETE ON trainings.offer_skill REFERENCING OLD TABLE AS old_links
    FOR EACH STATEMENT EXECUTE FUNCTION trainings.offer_skills_changed();

UPDATE trainings.offer o SET skills = l.skills
FROM (SELECT offer_id, array_agg(skill_uri ORDER BY skill_uri) AS skills FROM trainings.offer_skill GROUP BY offer_id) l
WHERE l.offer_id = o.id;

-- the label of a counted skill: an index-only lookup
CREATE INDEX offer_skill_uri_label_idx ON trainings.offer_skill (skill_uri, label);
DROP INDEX trainings.offer_skill_uri_idx;

ANALYZE trainings.offer;
