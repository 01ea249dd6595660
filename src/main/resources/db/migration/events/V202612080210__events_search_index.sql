-- The site search matched events by computing their text vector on every query (a sequential scan: 47 ms with
-- 10,000 events of the national-scale data). The same expression as EventSearchContribution's, indexed.
CREATE INDEX event_search_idx ON events.event
    USING gin (to_tsvector('german', title || ' ' || summary || ' ' || description)) WHERE status <> 'DRAFT';
