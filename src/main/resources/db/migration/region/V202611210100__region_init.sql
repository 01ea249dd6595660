-- The region module owns schema "region". Codes are stable keys from the region's data files.
CREATE SCHEMA IF NOT EXISTS region;

CREATE TABLE region.district (
    code       VARCHAR(40)  PRIMARY KEY,
    name       VARCHAR(120) NOT NULL,
    seat       VARCHAR(120) NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    version    BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE region.partner (
    code       VARCHAR(40)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    short_name VARCHAR(60)  NOT NULL,
    focus_de   TEXT         NOT NULL,
    focus_en   TEXT,
    email      VARCHAR(200) NOT NULL,
    phone      VARCHAR(60)  NOT NULL,
    website    VARCHAR(300) NOT NULL,
    street     VARCHAR(200) NOT NULL,
    postcode   VARCHAR(10)  NOT NULL,
    city       VARCHAR(120) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    version    BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE region.action_field (
    code              VARCHAR(40)  PRIMARY KEY,
    name_de           VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200),
    description_de    TEXT         NOT NULL,
    description_en    TEXT,
    lead_partner_code VARCHAR(40)  NOT NULL REFERENCES region.partner (code),
    sort_order        INT          NOT NULL DEFAULT 0,
    version           BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE region.action_field_goal (
    action_field_code VARCHAR(40) NOT NULL REFERENCES region.action_field (code) ON DELETE CASCADE,
    position          INT         NOT NULL,
    goal_de           TEXT        NOT NULL,
    goal_en           TEXT,
    PRIMARY KEY (action_field_code, position)
);

CREATE TABLE region.help_desk (
    code             VARCHAR(40)  PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    partner_code     VARCHAR(40)  NOT NULL REFERENCES region.partner (code),
    district_code    VARCHAR(40)  NOT NULL REFERENCES region.district (code),
    street           VARCHAR(200) NOT NULL,
    postcode         VARCHAR(10)  NOT NULL,
    city             VARCHAR(120) NOT NULL,
    opening_hours_de TEXT         NOT NULL,
    opening_hours_en TEXT,
    phone            VARCHAR(60)  NOT NULL,
    email            VARCHAR(200) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX help_desk_district_idx ON region.help_desk (district_code);
CREATE INDEX help_desk_partner_idx ON region.help_desk (partner_code);
