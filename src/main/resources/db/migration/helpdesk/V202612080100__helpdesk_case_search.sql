-- Issue 23: the site search finds a case by a part of its reference (HD-2026-1001: "1001", "2026-10", "hd") for the
-- staff who may open it. A trigram index answers LIKE '%-1001%' without reading every case a coordinator may see
-- (100,000 at national scale); topic, district, team and status are matched by their codes through the inbox's
-- indexes. Partial like the inbox's: only what staff search. pg_trgm is installed by the trainings module's first
-- migration; IF NOT EXISTS keeps this one independent of that order.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX inquiry_case_number_trgm_idx ON helpdesk.inquiry USING gin (lower(case_number) gin_trgm_ops)
    WHERE confirmed AND NOT anonymised;
