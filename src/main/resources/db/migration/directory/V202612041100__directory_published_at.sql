-- When a profile was first filled in, i.e. appeared in the directory: the month of the governance figure
-- "profiles published". Profiles filled in before this migration take their last change (or their creation)
-- as the nearest known date.
ALTER TABLE directory.company_profile ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
UPDATE directory.company_profile SET published_at = coalesce(updated_at, created_at) WHERE legal_form IS NOT NULL;
ALTER TABLE directory.company_profile ADD CONSTRAINT company_profile_published
    CHECK ((legal_form IS NULL) = (published_at IS NULL));
CREATE INDEX company_profile_published_idx ON directory.company_profile (published_at);
