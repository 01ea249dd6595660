-- The trigram lookup for rare words and typos only ever asks published offers: a partial index leaves
-- drafts and archived offers out of it (with 10,000 drafts whose titles resemble the word, the lookup
-- rechecked all of them).
CREATE INDEX offer_published_trgm_idx ON trainings.offer USING gin (search_text gin_trgm_ops) WHERE status = 'PUBLISHED';
DROP INDEX trainings.offer_trgm_idx;
