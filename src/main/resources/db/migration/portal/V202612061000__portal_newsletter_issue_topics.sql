-- The topics an issue was sent for (comma-separated NewsletterTopic names); empty: for every confirmed subscriber.
-- A subscriber gets an issue with topics only when they chose at least one of them.
ALTER TABLE portal.newsletter_issue ADD COLUMN topics text NOT NULL DEFAULT '';
