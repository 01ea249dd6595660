-- Issue 24: attachments live in the platform's file store (shared.storage); a row names its file by key.
-- Rows written before keep their bytes in data until the start-up job moves them (LegacyFileMover).
ALTER TABLE helpdesk.attachment ADD COLUMN storage_key VARCHAR(400);
ALTER TABLE helpdesk.attachment ALTER COLUMN data DROP NOT NULL;
ALTER TABLE helpdesk.attachment ADD CONSTRAINT attachment_has_file CHECK (storage_key IS NOT NULL OR data IS NOT NULL);
