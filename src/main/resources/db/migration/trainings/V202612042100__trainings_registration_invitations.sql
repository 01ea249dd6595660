-- A company admin may register an employee who has no account by name and e-mail: the registration is
-- INVITED (it holds a place) until the person confirms (CONFIRMED), declines (DECLINED) or the invitation
-- runs out (EXPIRED). Until an account with the address exists, the registration names no person id.
-- Only the SHA-256 of the invitation link's token is stored, and only until it is used.
ALTER TABLE trainings.registration ALTER COLUMN person_id DROP NOT NULL;
ALTER TABLE trainings.registration DROP CONSTRAINT registration_status_check;
ALTER TABLE trainings.registration ADD CONSTRAINT registration_status_check
    CHECK (status IN ('INVITED', 'CONFIRMED', 'WAITING', 'CANCELLED', 'DECLINED', 'EXPIRED'));
ALTER TABLE trainings.registration ADD COLUMN token_hash VARCHAR(64);
ALTER TABLE trainings.registration ADD COLUMN invited_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE trainings.registration ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX registration_token_idx ON trainings.registration (token_hash) WHERE token_hash IS NOT NULL;
CREATE INDEX registration_invited_idx ON trainings.registration (invited_until) WHERE status = 'INVITED';

DROP INDEX trainings.registration_active_idx;
CREATE UNIQUE INDEX registration_active_idx ON trainings.registration (run_id, person_id)
    WHERE status IN ('INVITED', 'CONFIRMED', 'WAITING');
-- one open invitation or registration per address and run
CREATE UNIQUE INDEX registration_active_email_idx ON trainings.registration (run_id, lower(person_email))
    WHERE status IN ('INVITED', 'CONFIRMED', 'WAITING') AND person_email <> '';
CREATE INDEX registration_company_idx ON trainings.registration (company_id, registered_at DESC) WHERE company_id IS NOT NULL;
