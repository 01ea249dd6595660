-- Issue 24: documentation files live in the platform's file store (shared.storage); a row names its file
-- by key. Rows written before keep their bytes in content until the start-up job moves them.
ALTER TABLE events.document ADD COLUMN storage_key VARCHAR(400);
ALTER TABLE events.document ALTER COLUMN content DROP NOT NULL;
ALTER TABLE events.document ADD CONSTRAINT document_has_file CHECK (storage_key IS NOT NULL OR content IS NOT NULL);
