-- Issue 24: the library's PDFs, the courses' lesson images and the SCORM packages' files live in the
-- platform's file store (shared.storage); a row names its file by key. Rows written before keep their bytes
-- in the old column until the start-up job moves them.
ALTER TABLE learning.library_file ADD COLUMN storage_key VARCHAR(400);
ALTER TABLE learning.library_file ALTER COLUMN content DROP NOT NULL;
ALTER TABLE learning.library_file ADD CONSTRAINT library_file_has_file CHECK (storage_key IS NOT NULL OR content IS NOT NULL);

ALTER TABLE learning.course_image ADD COLUMN storage_key VARCHAR(400);
ALTER TABLE learning.course_image ALTER COLUMN data DROP NOT NULL;
ALTER TABLE learning.course_image ADD CONSTRAINT course_image_has_file CHECK (storage_key IS NOT NULL OR data IS NOT NULL);

ALTER TABLE learning.package_file ADD COLUMN storage_key VARCHAR(400);
ALTER TABLE learning.package_file ALTER COLUMN content DROP NOT NULL;
ALTER TABLE learning.package_file ADD CONSTRAINT package_file_has_file CHECK (storage_key IS NOT NULL OR content IS NOT NULL);
