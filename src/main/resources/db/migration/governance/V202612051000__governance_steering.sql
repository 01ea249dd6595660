-- Steering the network (second part of governance): projects and measures per action field with milestones,
-- progress and a timeline; the indicator register with yearly targets, entered values (four eyes) and computed
-- values kept as dated snapshots of the figures contract.

-- A project or measure. level 1 has no parent, levels 2 and 3 sit under one of the same action field.
-- status: PLANNED, RUNNING, DONE, SUSPENDED. progress_mode: ENTERED (progress typed in), AVERAGE (plain average
-- of the children), WEIGHTED (average of the children weighted by their weight). progress: 0-100, for computed
-- modes the last computed value (kept current whenever a child changes).
CREATE TABLE governance.measure (
    id                 UUID          PRIMARY KEY,
    action_field_code  VARCHAR(60)   NOT NULL,
    parent_id          UUID          REFERENCES governance.measure (id),
    level              INT           NOT NULL,
    position           INT           NOT NULL DEFAULT 0,
    title              VARCHAR(200)  NOT NULL,
    description        TEXT          NOT NULL DEFAULT '',
    lead_partner_code  VARCHAR(60)   NOT NULL,
    contractors        TEXT          NOT NULL DEFAULT '',
    target_groups      TEXT[]        NOT NULL DEFAULT '{}',
    district_codes     TEXT[]        NOT NULL DEFAULT '{}',
    starts_on          DATE,
    ends_on            DATE,
    budget_euro        NUMERIC(14,2),
    status             VARCHAR(10)   NOT NULL,
    progress_mode      VARCHAR(10)   NOT NULL,
    progress           INT           NOT NULL DEFAULT 0,
    weight             INT           NOT NULL DEFAULT 1,
    public             BOOLEAN       NOT NULL DEFAULT TRUE,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    CONSTRAINT measure_level CHECK (level BETWEEN 1 AND 3 AND (level = 1) = (parent_id IS NULL)),
    CONSTRAINT measure_progress CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT measure_weight CHECK (weight BETWEEN 1 AND 1000),
    CONSTRAINT measure_period CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on),
    CONSTRAINT measure_budget CHECK (budget_euro IS NULL OR budget_euro >= 0)
);
CREATE INDEX measure_field ON governance.measure (action_field_code, level, position);
CREATE INDEX measure_parent ON governance.measure (parent_id);

CREATE TABLE governance.milestone (
    id                 UUID          PRIMARY KEY,
    measure_id         UUID          NOT NULL REFERENCES governance.measure (id) ON DELETE CASCADE,
    title              VARCHAR(200)  NOT NULL,
    due_on             DATE          NOT NULL,
    done_on            DATE,
    position           INT           NOT NULL DEFAULT 0
);
CREATE INDEX milestone_measure ON governance.milestone (measure_id, due_on);

-- The timeline: one entry per change of progress, status or milestones, with its comment. author_name is kept
-- as shown at the time (the account may be deleted later; then author_id becomes NULL).
CREATE TABLE governance.measure_history (
    id                 UUID          PRIMARY KEY,
    measure_id         UUID          NOT NULL REFERENCES governance.measure (id) ON DELETE CASCADE,
    at                 TIMESTAMPTZ   NOT NULL,
    author_id          UUID,
    author_name        VARCHAR(200)  NOT NULL,
    progress           INT           NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    comment            TEXT          NOT NULL
);
CREATE INDEX measure_history_measure ON governance.measure_history (measure_id, at DESC);

-- What a measure implements or uses: a charter section (section_key, the stable identity across versions) or
-- an item of another module found through the site search (kind = the search type, e.g. event, training; url
-- and title as the search gave them).
CREATE TABLE governance.measure_link (
    id                 UUID          PRIMARY KEY,
    measure_id         UUID          NOT NULL REFERENCES governance.measure (id) ON DELETE CASCADE,
    kind               VARCHAR(40)   NOT NULL,
    section_key        VARCHAR(80),
    url                VARCHAR(500)  NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    CONSTRAINT measure_link_unique UNIQUE (measure_id, url)
);

-- An indicator. direction: HIGHER or LOWER (is better). source: ENTERED or COMPUTED (figure_key of the figures
-- contract). period_kind: MONTH, QUARTER or YEAR (entered values); computed values are kept per month.
-- counted: COMPANIES, PERSONS (small-number rule applies when published), ITEMS or MEASURE (a quantity such as
-- a percentage or euros, no rule). min_value/max_value: the unit's range. public: shown on the public dashboard
-- and in the open data.
CREATE TABLE governance.indicator (
    key                VARCHAR(60)   PRIMARY KEY,
    title              VARCHAR(200)  NOT NULL,
    definition         TEXT          NOT NULL,
    unit               VARCHAR(40)   NOT NULL,
    decimals           INT           NOT NULL DEFAULT 0,
    min_value          NUMERIC(16,4),
    max_value          NUMERIC(16,4),
    direction          VARCHAR(6)    NOT NULL,
    counted            VARCHAR(10)   NOT NULL,
    baseline_value     NUMERIC(16,4),
    baseline_year      INT,
    responsible_partner_code VARCHAR(60) NOT NULL,
    action_field_code  VARCHAR(60)   NOT NULL,
    source             VARCHAR(8)    NOT NULL,
    figure_key         VARCHAR(80),
    period_kind        VARCHAR(7)    NOT NULL,
    first_year         INT           NOT NULL,
    last_year          INT           NOT NULL,
    public             BOOLEAN       NOT NULL,
    position           INT           NOT NULL DEFAULT 0,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ   NOT NULL,
    CONSTRAINT indicator_life CHECK (first_year <= last_year),
    CONSTRAINT indicator_source CHECK ((source = 'COMPUTED') = (figure_key IS NOT NULL)),
    CONSTRAINT indicator_range CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
);

CREATE TABLE governance.indicator_target (
    indicator_key      VARCHAR(60)   NOT NULL REFERENCES governance.indicator (key) ON DELETE CASCADE,
    year               INT           NOT NULL,
    value              NUMERIC(16,4) NOT NULL,
    PRIMARY KEY (indicator_key, year)
);

-- An entered value of one period (period_start: first day of the month, quarter or year) for one district or,
-- with district_code NULL, the whole region. Entered by one person, signed off by a second (never the same);
-- until then it is provisional (vorläufig). A correction replaces the value and needs a new sign-off.
CREATE TABLE governance.indicator_value (
    id                 UUID          PRIMARY KEY,
    indicator_key      VARCHAR(60)   NOT NULL REFERENCES governance.indicator (key) ON DELETE CASCADE,
    period_kind        VARCHAR(7)    NOT NULL,
    period_start       DATE          NOT NULL,
    district_code      VARCHAR(60),
    value              NUMERIC(16,4) NOT NULL,
    source_note        VARCHAR(500)  NOT NULL,
    entered_by         UUID,
    entered_by_name    VARCHAR(200)  NOT NULL,
    entered_at         TIMESTAMPTZ   NOT NULL,
    signed_off_by      UUID,
    signed_off_by_name VARCHAR(200),
    signed_off_at      TIMESTAMPTZ,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT indicator_value_four_eyes CHECK (signed_off_by IS NULL OR entered_by IS NULL OR signed_off_by <> entered_by)
);
CREATE UNIQUE INDEX indicator_value_cell ON governance.indicator_value
    (indicator_key, period_kind, period_start, COALESCE(district_code, ''));

-- A computed value kept as a dated snapshot: all months of one year of the indicator's figure, per district
-- (NULL = district unknown). A snapshot is never changed; recomputing makes a new one. A signed-off snapshot
-- is the one reports use for that year.
CREATE TABLE governance.indicator_snapshot (
    id                 UUID          PRIMARY KEY,
    indicator_key      VARCHAR(60)   NOT NULL REFERENCES governance.indicator (key) ON DELETE CASCADE,
    year               INT           NOT NULL,
    figure_key         VARCHAR(80)   NOT NULL,
    computed_at        TIMESTAMPTZ   NOT NULL,
    computed_by_name   VARCHAR(200)  NOT NULL,
    signed_off_by      UUID,
    signed_off_by_name VARCHAR(200),
    signed_off_at      TIMESTAMPTZ
);
CREATE INDEX indicator_snapshot_year ON governance.indicator_snapshot (indicator_key, year, computed_at DESC);

CREATE TABLE governance.indicator_snapshot_value (
    snapshot_id        UUID          NOT NULL REFERENCES governance.indicator_snapshot (id) ON DELETE CASCADE,
    month              DATE          NOT NULL,
    district_code      VARCHAR(60),
    count              BIGINT        NOT NULL
);
CREATE INDEX indicator_snapshot_value_snapshot ON governance.indicator_snapshot_value (snapshot_id);
