-- Issue 24: news images live in the platform's file store (shared.storage); a row names its file by key.
-- Rows written before keep their bytes in content until the start-up job moves them.
ALTER TABLE portal.news_image ADD COLUMN storage_key VARCHAR(400);
ALTER TABLE portal.news_image ALTER COLUMN content DROP NOT NULL;
ALTER TABLE portal.news_image ADD CONSTRAINT news_image_has_file CHECK (storage_key IS NOT NULL OR content IS NOT NULL);
