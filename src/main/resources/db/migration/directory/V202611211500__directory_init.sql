-- The directory module owns schema "directory": the WZ 2008 industry codes and one company profile per
-- company organisation of the accounts module (referenced by the organisation's id, no foreign key
-- across schemas; district codes are the region module's codes, checked by the service).
CREATE SCHEMA IF NOT EXISTS directory;

-- Klassifikation der Wirtschaftszweige 2008: five levels (section A-U, division, group, class, subclass).
-- Below the sections, codes sort in the list's order by their text (01, 01.1, 01.11, 01.11.0, ...).
CREATE TABLE directory.industry_code (
    code        VARCHAR(10)  PRIMARY KEY,
    level       INT          NOT NULL CHECK (level BETWEEN 1 AND 5),
    title       VARCHAR(300) NOT NULL,
    parent_code VARCHAR(10)
);
CREATE INDEX industry_code_level_idx ON directory.industry_code (level, code);
CREATE INDEX industry_code_title_idx ON directory.industry_code USING gin (to_tsvector('german', title));

-- A profile exists from the moment its organisation is registered; its details are empty until a company
-- admin fills them in, and then all required details are set together (company_profile_filled_in).
CREATE TABLE directory.company_profile (
    organisation_id          UUID         PRIMARY KEY,
    name                     VARCHAR(200) NOT NULL,
    legal_form               VARCHAR(30),
    street                   VARCHAR(200),
    postcode                 VARCHAR(5),
    city                     VARCHAR(120),
    district_code            VARCHAR(40),
    employees                INT          CHECK (employees >= 1),
    industry_code            VARCHAR(10)  REFERENCES directory.industry_code (code),
    value_chain_position     VARCHAR(30),
    combustion_share         INT          CHECK (combustion_share BETWEEN 0 AND 100),
    description              TEXT,
    basic_visibility         VARCHAR(20)  NOT NULL DEFAULT 'NETWORK',
    address_visibility       VARCHAR(20)  NOT NULL DEFAULT 'NETWORK',
    size_visibility          VARCHAR(20)  NOT NULL DEFAULT 'NETWORK',
    portfolio_visibility     VARCHAR(20)  NOT NULL DEFAULT 'NETWORK',
    combustion_visibility    VARCHAR(20)  NOT NULL DEFAULT 'ADVISORS',
    capabilities_visibility  VARCHAR(20)  NOT NULL DEFAULT 'NETWORK',
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE,
    version                  BIGINT       NOT NULL DEFAULT 0,
    search_vector            TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('german'::regconfig, name), 'A')
        || setweight(to_tsvector('german'::regconfig, coalesce(description, '')), 'B')) STORED,
    CONSTRAINT company_profile_filled_in CHECK (
        (legal_form IS NULL) = (street IS NULL)
        AND (legal_form IS NULL) = (postcode IS NULL)
        AND (legal_form IS NULL) = (city IS NULL)
        AND (legal_form IS NULL) = (employees IS NULL)
        AND (legal_form IS NULL) = (industry_code IS NULL)
        AND (legal_form IS NULL) = (value_chain_position IS NULL)
        AND (legal_form IS NULL) = (combustion_share IS NULL)
        AND (legal_form IS NULL OR district_code IS NOT NULL)),
    CONSTRAINT company_profile_visibilities CHECK (
        basic_visibility IN ('PUBLIC', 'NETWORK', 'ADVISORS')
        AND address_visibility IN ('PUBLIC', 'NETWORK', 'ADVISORS')
        AND size_visibility IN ('PUBLIC', 'NETWORK', 'ADVISORS')
        AND portfolio_visibility IN ('PUBLIC', 'NETWORK', 'ADVISORS')
        AND combustion_visibility IN ('PUBLIC', 'NETWORK', 'ADVISORS')
        AND capabilities_visibility IN ('PUBLIC', 'NETWORK', 'ADVISORS'))
);
CREATE INDEX company_profile_search_idx ON directory.company_profile USING gin (search_vector);
CREATE INDEX company_profile_district_idx ON directory.company_profile (district_code);

CREATE TABLE directory.company_product_group (
    organisation_id UUID        NOT NULL REFERENCES directory.company_profile (organisation_id) ON DELETE CASCADE,
    product_group   VARCHAR(30) NOT NULL,
    PRIMARY KEY (organisation_id, product_group)
);
CREATE INDEX company_product_group_idx ON directory.company_product_group (product_group);

-- Capabilities/technologies and certifications as typed (label) and as compared (tag_key: lower case).
CREATE TABLE directory.company_tag (
    organisation_id UUID        NOT NULL REFERENCES directory.company_profile (organisation_id) ON DELETE CASCADE,
    position        INT         NOT NULL,
    kind            VARCHAR(20) NOT NULL CHECK (kind IN ('CAPABILITY', 'CERTIFICATION')),
    label           VARCHAR(60) NOT NULL,
    tag_key         VARCHAR(60) NOT NULL,
    PRIMARY KEY (organisation_id, position)
);
CREATE INDEX company_tag_key_idx ON directory.company_tag (kind, tag_key);
