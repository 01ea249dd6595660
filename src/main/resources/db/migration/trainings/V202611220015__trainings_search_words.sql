-- Small typos are now forgiven through a vocabulary: the plain words (four letters or more) of title and
-- summary of every offer that was ever published. A query word the full text finds too rarely is widened by
-- its nearest words of this vocabulary (trigram similarity), which the full text then looks up like any
-- other word; the in-memory index can answer such queries too. The vocabulary only grows: a word no offer
-- has any more finds nothing. Before, each offer's title and summary were compared with the word, which
-- rechecked thousands of long texts for a typo of a common word.
CREATE TABLE trainings.search_word (
    word TEXT PRIMARY KEY
);
CREATE INDEX search_word_trgm_idx ON trainings.search_word USING gin (word gin_trgm_ops);

CREATE FUNCTION trainings.search_words(text TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT w FROM unnest(tsvector_to_array(to_tsvector('simple', text))) w WHERE length(w) >= 4
$$;

CREATE FUNCTION trainings.offer_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO trainings.search_word (word) SELECT trainings.search_words(NEW.search_text) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER offer_search_words AFTER INSERT OR UPDATE OF status, title, summary ON trainings.offer
    FOR EACH ROW WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION trainings.offer_search_words();

INSERT INTO trainings.search_word (word)
SELECT DISTINCT w FROM trainings.offer o, trainings.search_words(o.search_text) w WHERE o.status = 'PUBLISHED'
ON CONFLICT DO NOTHING;

DROP INDEX trainings.offer_published_trgm_idx;
