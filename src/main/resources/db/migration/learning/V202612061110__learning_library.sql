-- The content library (issue 20, part L1): articles, studies (PDF), videos and links of the network's partners.
-- Written by staff of a partner or the coordination, reviewed and published by a second person (four eyes).
CREATE TABLE learning.library_item (
    id            UUID PRIMARY KEY,
    slug          VARCHAR(120) NOT NULL UNIQUE,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('ARTICLE', 'STUDY', 'VIDEO', 'LINK')),
    title         VARCHAR(200) NOT NULL,
    summary       VARCHAR(2000) NOT NULL DEFAULT '',
    -- Markdown of an article, rendered through the kernel's sanitiser
    body          TEXT         NOT NULL DEFAULT '',
    -- https address of a video or a link
    url           VARCHAR(1000) NOT NULL DEFAULT '',
    -- a video's transcript or the https address of its captions (one of both is required for a video)
    transcript    TEXT         NOT NULL DEFAULT '',
    caption_url   VARCHAR(1000) NOT NULL DEFAULT '',
    -- the region's code of the authoring partner
    partner_code  VARCHAR(50)  NOT NULL,
    item_date     DATE         NOT NULL,
    language      VARCHAR(2)   NOT NULL CHECK (language IN ('de', 'en')),
    action_fields TEXT[]       NOT NULL DEFAULT '{}',
    skills        TEXT[]       NOT NULL DEFAULT '{}',
    districts     TEXT[]       NOT NULL DEFAULT '{}',
    target_groups TEXT[]       NOT NULL DEFAULT '{}',
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED')),
    author_id     UUID,
    author_name   VARCHAR(200) NOT NULL DEFAULT '',
    submitted_by  UUID,
    submitted_at  TIMESTAMP WITH TIME ZONE,
    reviewed_by   UUID,
    reviewed_at   TIMESTAMP WITH TIME ZONE,
    review_note   VARCHAR(1000) NOT NULL DEFAULT '',
    published_at  TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    -- made-up items of the demo data
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    -- German full text over what a reader searches by
    search_doc    TSVECTOR GENERATED ALWAYS AS (
                      setweight(to_tsvector('german', title), 'A')
                      || setweight(to_tsvector('german', summary), 'B')
                      || to_tsvector('german', body || ' ' || transcript)) STORED,
    CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
);

CREATE INDEX library_item_public ON learning.library_item (item_date DESC) WHERE status = 'PUBLISHED';
CREATE INDEX library_item_search ON learning.library_item USING GIN (search_doc);
CREATE INDEX library_item_skills ON learning.library_item USING GIN (skills);

-- The PDF of a study (at most one); stored in the database like the news images, checked by its bytes.
CREATE TABLE learning.library_file (
    item_id      UUID         PRIMARY KEY REFERENCES learning.library_item (id) ON DELETE CASCADE,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(50)  NOT NULL,
    size_bytes   INTEGER      NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_by  UUID,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
