-- Login throttling per account and address pair (issue 14, finding 2): a row is now one of
--   "pair:<account>|<address>"  failed attempts for one account from one address: growing delays
--   "ip:<address>"              failed attempts from one address for any account: a global limit
--   "user:<account>"            failed attempts for one account from any address: never blocks, only
--                               reported to admins as a possible attack
-- Account-wide blocks let anybody lock anybody out, so the ones still running are lifted.
ALTER TABLE login_throttle ADD COLUMN account VARCHAR(254);
ALTER TABLE login_throttle ADD COLUMN address VARCHAR(64);
ALTER TABLE login_throttle ADD COLUMN last_failure_at TIMESTAMP WITH TIME ZONE;
UPDATE login_throttle SET last_failure_at = window_start;
ALTER TABLE login_throttle ALTER COLUMN last_failure_at SET NOT NULL;
DELETE FROM login_throttle WHERE throttle_key LIKE 'user:%';
UPDATE login_throttle SET address = substring(throttle_key FROM 4) WHERE throttle_key LIKE 'ip:%';
CREATE INDEX login_throttle_account ON login_throttle (account);
