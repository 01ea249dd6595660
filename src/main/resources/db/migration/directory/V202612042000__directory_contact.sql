-- Contact details of a company profile (their own field group "contact" with its own visibility) and the
-- contact requests people send to a company through the platform. A request names its sender by account id
-- (accounts module, no foreign key across schemas); the sender's e-mail address is never stored here: it is
-- looked up and shown to the company only once the company has replied.
ALTER TABLE directory.company_profile
    ADD COLUMN website            VARCHAR(300),
    ADD COLUMN phone              VARCHAR(40),
    ADD COLUMN email              VARCHAR(254),
    ADD COLUMN contact_person     VARCHAR(200),
    ADD COLUMN contact_visibility VARCHAR(20) NOT NULL DEFAULT 'NETWORK'
        CONSTRAINT company_profile_contact_visibility CHECK (contact_visibility IN ('PUBLIC', 'NETWORK', 'ADVISORS'));

CREATE TABLE directory.contact_request (
    id                  UUID          PRIMARY KEY,
    company_id          UUID          NOT NULL REFERENCES directory.company_profile (organisation_id) ON DELETE CASCADE,
    sender_id           UUID          NOT NULL,
    sender_name         VARCHAR(200)  NOT NULL,
    sender_organisation VARCHAR(200),
    subject             VARCHAR(150)  NOT NULL,
    message             TEXT          NOT NULL,
    context_reference   VARCHAR(200),
    context_title       VARCHAR(300),
    sent_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at             TIMESTAMP WITH TIME ZONE,
    reply               TEXT,
    replied_by          UUID,
    replied_by_name     VARCHAR(200),
    replied_at          TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT contact_request_replied CHECK ((reply IS NULL) = (replied_at IS NULL))
);
CREATE INDEX contact_request_company_idx ON directory.contact_request (company_id, sent_at DESC);
CREATE INDEX contact_request_sender_idx ON directory.contact_request (sender_id);
CREATE INDEX contact_request_replied_by_idx ON directory.contact_request (replied_by);
