-- The trainings module owns schema "trainings": offers of training providers with their runs (Termine),
-- the registrations for runs, and a small table of place coordinates for the radius search. Providers,
-- persons and districts are other modules' ids (no foreign keys across schemas).
CREATE SCHEMA IF NOT EXISTS trainings;

-- pg_trgm tolerates small typos in the keyword search; it is installed once per database (public), as
-- other modules may want it as well.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE trainings.offer (
    id                BIGSERIAL     PRIMARY KEY,
    provider_id       UUID          NOT NULL,
    provider_name     VARCHAR(200)  NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    summary           VARCHAR(500)  NOT NULL,
    description       TEXT          NOT NULL DEFAULT '',
    format            VARCHAR(20)   NOT NULL CHECK (format IN ('PRESENCE', 'ONLINE', 'HYBRID', 'BLENDED')),
    target_groups     VARCHAR(500)  NOT NULL DEFAULT '',
    language          VARCHAR(10)   NOT NULL DEFAULT 'de',
    duration_hours    NUMERIC(7, 1) NOT NULL CHECK (duration_hours > 0),
    price             NUMERIC(10, 2) NOT NULL CHECK (price >= 0),
    provider_azav     BOOLEAN       NOT NULL DEFAULT FALSE,
    course_azav       BOOLEAN       NOT NULL DEFAULT FALSE,
    fundable          BOOLEAN       NOT NULL DEFAULT FALSE,
    action_field_code VARCHAR(40),
    contact_name      VARCHAR(120)  NOT NULL DEFAULT '',
    contact_email     VARCHAR(200)  NOT NULL DEFAULT '',
    contact_phone     VARCHAR(60)   NOT NULL DEFAULT '',
    status            VARCHAR(20)   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL DEFAULT 0,
    search_text       TEXT GENERATED ALWAYS AS (lower(title || ' ' || summary)) STORED,
    search_vector     TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('german'::regconfig, title), 'A')
        || setweight(to_tsvector('german'::regconfig, summary), 'B')
        || setweight(to_tsvector('german'::regconfig, description), 'C')
        || setweight(to_tsvector('german'::regconfig, provider_name), 'D')) STORED
);
CREATE INDEX offer_search_idx ON trainings.offer USING gin (search_vector);
CREATE INDEX offer_trgm_idx ON trainings.offer USING gin (search_text gin_trgm_ops);
CREATE INDEX offer_provider_idx ON trainings.offer (provider_id, status);
CREATE INDEX offer_status_idx ON trainings.offer (status, price);

-- Skills taught and occupations addressed, by taxonomy URI with the label at the time of choosing.
CREATE TABLE trainings.offer_skill (
    offer_id  BIGINT       NOT NULL REFERENCES trainings.offer (id) ON DELETE CASCADE,
    skill_uri VARCHAR(300) NOT NULL,
    label     VARCHAR(300) NOT NULL,
    PRIMARY KEY (offer_id, skill_uri)
);
CREATE INDEX offer_skill_uri_idx ON trainings.offer_skill (skill_uri);

CREATE TABLE trainings.offer_occupation (
    offer_id       BIGINT       NOT NULL REFERENCES trainings.offer (id) ON DELETE CASCADE,
    occupation_uri VARCHAR(300) NOT NULL,
    label          VARCHAR(300) NOT NULL,
    PRIMARY KEY (offer_id, occupation_uri)
);

CREATE TABLE trainings.run (
    id            BIGSERIAL    PRIMARY KEY,
    offer_id      BIGINT       NOT NULL REFERENCES trainings.offer (id) ON DELETE CASCADE,
    start_date    DATE         NOT NULL,
    end_date      DATE         NOT NULL,
    schedule      VARCHAR(300) NOT NULL DEFAULT '',
    online        BOOLEAN      NOT NULL DEFAULT FALSE,
    place_name    VARCHAR(200),
    street        VARCHAR(200),
    postcode      VARCHAR(5),
    city          VARCHAR(120),
    district_code VARCHAR(40),
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    capacity      INT          NOT NULL CHECK (capacity > 0),
    cancelled     BOOLEAN      NOT NULL DEFAULT FALSE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT run_dates CHECK (end_date >= start_date),
    CONSTRAINT run_place CHECK (online OR (city IS NOT NULL AND district_code IS NOT NULL))
);
CREATE INDEX run_offer_idx ON trainings.run (offer_id, start_date);
CREATE INDEX run_start_idx ON trainings.run (start_date);
CREATE INDEX run_district_idx ON trainings.run (district_code, start_date);

-- A registration holds a place (CONFIRMED) or waits for one (WAITING, in order of registered_at, id).
CREATE TABLE trainings.registration (
    id            BIGSERIAL    PRIMARY KEY,
    run_id        BIGINT       NOT NULL REFERENCES trainings.run (id) ON DELETE CASCADE,
    person_id     UUID         NOT NULL,
    person_name   VARCHAR(200) NOT NULL,
    person_email  VARCHAR(200) NOT NULL,
    registered_by UUID         NOT NULL,
    company_id    UUID,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED')),
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at  TIMESTAMP WITH TIME ZONE,
    cancelled_by  VARCHAR(20)
);
CREATE UNIQUE INDEX registration_active_idx ON trainings.registration (run_id, person_id) WHERE status <> 'CANCELLED';
CREATE INDEX registration_person_idx ON trainings.registration (person_id);
CREATE INDEX registration_run_idx ON trainings.registration (run_id, status, registered_at, id);

-- Centres of the region's towns for the radius search (WGS 84, rounded to about 100 m).
CREATE TABLE trainings.place (
    name          VARCHAR(120) PRIMARY KEY,
    district_code VARCHAR(40)  NOT NULL,
    latitude      DOUBLE PRECISION NOT NULL,
    longitude     DOUBLE PRECISION NOT NULL
);
INSERT INTO trainings.place (name, district_code, latitude, longitude) VALUES
    ('Chemnitz', 'chemnitz', 50.833, 12.919),
    ('Zwickau', 'zwickau', 50.718, 12.496),
    ('Glauchau', 'zwickau', 50.818, 12.545),
    ('Crimmitschau', 'zwickau', 50.817, 12.387),
    ('Werdau', 'zwickau', 50.734, 12.375),
    ('Limbach-Oberfrohna', 'zwickau', 50.859, 12.761),
    ('Hohenstein-Ernstthal', 'zwickau', 50.802, 12.717),
    ('Meerane', 'zwickau', 50.851, 12.463),
    ('Lichtenstein', 'zwickau', 50.757, 12.631),
    ('Wilkau-Haßlau', 'zwickau', 50.675, 12.515),
    ('Mosel', 'zwickau', 50.769, 12.487),
    ('Annaberg-Buchholz', 'erzgebirgskreis', 50.580, 13.003),
    ('Aue-Bad Schlema', 'erzgebirgskreis', 50.586, 12.701),
    ('Stollberg', 'erzgebirgskreis', 50.707, 12.779),
    ('Schwarzenberg', 'erzgebirgskreis', 50.545, 12.779),
    ('Marienberg', 'erzgebirgskreis', 50.651, 13.164),
    ('Olbernhau', 'erzgebirgskreis', 50.661, 13.339),
    ('Zschopau', 'erzgebirgskreis', 50.748, 13.069),
    ('Thalheim', 'erzgebirgskreis', 50.700, 12.850),
    ('Freiberg', 'mittelsachsen', 50.912, 13.343),
    ('Mittweida', 'mittelsachsen', 50.985, 12.981),
    ('Döbeln', 'mittelsachsen', 51.121, 13.112),
    ('Flöha', 'mittelsachsen', 50.856, 13.074),
    ('Frankenberg', 'mittelsachsen', 50.911, 13.037),
    ('Hainichen', 'mittelsachsen', 50.970, 13.125),
    ('Rochlitz', 'mittelsachsen', 51.046, 12.800),
    ('Burgstädt', 'mittelsachsen', 50.917, 12.811),
    ('Plauen', 'vogtlandkreis', 50.495, 12.138),
    ('Reichenbach im Vogtland', 'vogtlandkreis', 50.622, 12.304),
    ('Auerbach/Vogtl.', 'vogtlandkreis', 50.510, 12.401),
    ('Oelsnitz/Vogtl.', 'vogtlandkreis', 50.415, 12.170),
    ('Falkenstein/Vogtl.', 'vogtlandkreis', 50.478, 12.371),
    ('Klingenthal', 'vogtlandkreis', 50.357, 12.468),
    ('Markneukirchen', 'vogtlandkreis', 50.312, 12.331),
    ('Rodewisch', 'vogtlandkreis', 50.531, 12.413);
