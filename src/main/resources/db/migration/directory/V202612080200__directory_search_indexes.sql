-- The text search of the directory (its page and the site search) matched a company's capabilities and city by
-- computing to_tsvector for every tag and every profile on each query: 60-100 ms per query with 20,000
-- profiles and 40,000 tags (national-scale data), six queries per page. The tags' vectors are now indexed and
-- the city's vector is stored with the profile.
CREATE INDEX company_tag_label_search_idx ON directory.company_tag USING gin (to_tsvector('german'::regconfig, label));

ALTER TABLE directory.company_profile
    ADD COLUMN city_vector TSVECTOR GENERATED ALWAYS AS (to_tsvector('german'::regconfig, coalesce(city, ''))) STORED;
