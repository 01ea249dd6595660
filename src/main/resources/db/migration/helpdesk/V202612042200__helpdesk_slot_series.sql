-- Weekly series of slots, cancelled slots and the reason a person gives when booking.
CREATE TABLE helpdesk.slot_series (
    id           BIGSERIAL    PRIMARY KEY,
    advisor_id   UUID         NOT NULL,
    team_code    VARCHAR(60)  NOT NULL REFERENCES helpdesk.team (code),
    kind         VARCHAR(20)  NOT NULL,
    desk_code    VARCHAR(60),
    weekdays     VARCHAR(40)  NOT NULL,
    start_time   TIME         NOT NULL,
    minutes      INT          NOT NULL,
    first_day    DATE         NOT NULL,
    last_day     DATE         NOT NULL,
    skipped      TEXT         NOT NULL DEFAULT '',
    created_at   TIMESTAMPTZ  NOT NULL,
    cancelled_at TIMESTAMPTZ
);
CREATE INDEX slot_series_advisor_idx ON helpdesk.slot_series (advisor_id);

ALTER TABLE helpdesk.slot ADD COLUMN series_id BIGINT REFERENCES helpdesk.slot_series (id) ON DELETE SET NULL;
ALTER TABLE helpdesk.slot ADD COLUMN cancelled_at TIMESTAMPTZ;
ALTER TABLE helpdesk.slot ADD COLUMN reason VARCHAR(500);
CREATE INDEX slot_series_idx ON helpdesk.slot (series_id);
