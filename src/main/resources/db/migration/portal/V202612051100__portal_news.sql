CREATE SCHEMA IF NOT EXISTS portal;

-- News of the network: written by staff of a partner or the coordination, reviewed and published by a second
-- person (four eyes). A published article whose publish_at lies in the future stays hidden until then.
CREATE TABLE portal.news_article (
    id            UUID PRIMARY KEY,
    slug          VARCHAR(100) NOT NULL UNIQUE,
    title         VARCHAR(200) NOT NULL,
    teaser        VARCHAR(500) NOT NULL DEFAULT '',
    -- Markdown, rendered through the kernel's sanitiser
    body          TEXT         NOT NULL DEFAULT '',
    -- codes of the region's action fields
    action_fields TEXT[]       NOT NULL DEFAULT '{}',
    -- the region's code of the consortium partner that speaks
    partner_code  VARCHAR(50)  NOT NULL,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED')),
    image_alt     VARCHAR(300) NOT NULL DEFAULT '',
    author_id     UUID,
    author_name   VARCHAR(200) NOT NULL DEFAULT '',
    submitted_by  UUID,
    submitted_at  TIMESTAMP WITH TIME ZONE,
    reviewed_by   UUID,
    reviewed_at   TIMESTAMP WITH TIME ZONE,
    review_note   VARCHAR(1000) NOT NULL DEFAULT '',
    publish_at    TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    -- made-up articles of the demo data
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    CHECK (status <> 'PUBLISHED' OR publish_at IS NOT NULL)
);

CREATE INDEX news_article_public ON portal.news_article (publish_at DESC) WHERE status = 'PUBLISHED';

-- The article's image (at most one); the type is recognised from the bytes.
CREATE TABLE portal.news_image (
    id           UUID PRIMARY KEY,
    article_id   UUID         NOT NULL UNIQUE REFERENCES portal.news_article (id) ON DELETE CASCADE,
    content_type VARCHAR(50)  NOT NULL,
    size_bytes   INTEGER      NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_by  UUID,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Dated correction notes of a published article, shown below it.
CREATE TABLE portal.news_correction (
    id         UUID PRIMARY KEY,
    article_id UUID          NOT NULL REFERENCES portal.news_article (id) ON DELETE CASCADE,
    note       VARCHAR(1000) NOT NULL,
    noted_by   UUID,
    noted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX news_correction_article ON portal.news_correction (article_id, noted_at);
