-- Pothos library schema, version 1. Hibernate validates against it and never alters it.

CREATE SEQUENCE media_item_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE tag_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE category_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE analysis_job_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE endpoint_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE model_info_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE media_item (
    id                 BIGINT PRIMARY KEY,
    path               VARCHAR(4096) NOT NULL,
    file_name          VARCHAR(1024) NOT NULL,
    content_hash       CHAR(64) NOT NULL,
    size_bytes         BIGINT NOT NULL,
    file_modified_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    format             VARCHAR(8) NOT NULL,
    width              INT NOT NULL,
    height             INT NOT NULL,
    orientation        INT NOT NULL DEFAULT 1,
    taken_at           TIMESTAMP(6),
    camera_make        VARCHAR(255),
    camera_model       VARCHAR(255),
    lens               VARCHAR(255),
    gps_latitude       DOUBLE PRECISION,
    gps_longitude      DOUBLE PRECISION,
    title              VARCHAR(200),
    title_source       VARCHAR(300),
    description        VARCHAR(4000),
    description_source VARCHAR(300),
    rating             INT NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    favourite          BOOLEAN NOT NULL DEFAULT FALSE,
    availability       VARCHAR(16) NOT NULL,
    imported_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    analysed_at        TIMESTAMP(6) WITH TIME ZONE,
    thumbnail_state    VARCHAR(16) NOT NULL,
    last_error         VARCHAR(1000),
    version            BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_media_item_path UNIQUE (path)
);
-- Newest-first pages need indexes in the sort direction (H2 otherwise scans and sorts).
CREATE INDEX ix_media_item_taken_at ON media_item (taken_at DESC, id DESC);
CREATE INDEX ix_media_item_imported_at ON media_item (imported_at DESC, id DESC);
CREATE INDEX ix_media_item_file_name ON media_item (file_name, id);
CREATE INDEX ix_media_item_hash ON media_item (content_hash);
CREATE INDEX ix_media_item_availability ON media_item (availability);

CREATE TABLE tag (
    id        BIGINT PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    norm_name VARCHAR(200) NOT NULL,
    CONSTRAINT uq_tag_norm_name UNIQUE (norm_name)
);

CREATE TABLE category (
    id        BIGINT PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    norm_name VARCHAR(200) NOT NULL,
    CONSTRAINT uq_category_norm_name UNIQUE (norm_name)
);

CREATE TABLE media_tag (
    media_id BIGINT NOT NULL REFERENCES media_item (id) ON DELETE CASCADE,
    tag_id   BIGINT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    source   VARCHAR(300) NOT NULL,
    added_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (media_id, tag_id)
);
CREATE INDEX ix_media_tag_tag ON media_tag (tag_id, media_id);

CREATE TABLE media_category (
    media_id    BIGINT NOT NULL REFERENCES media_item (id) ON DELETE CASCADE,
    category_id BIGINT NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    source      VARCHAR(300) NOT NULL,
    added_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (media_id, category_id)
);
CREATE INDEX ix_media_category_category ON media_category (category_id, media_id);

CREATE TABLE endpoint (
    id                      BIGINT PRIMARY KEY,
    name                    VARCHAR(200) NOT NULL,
    url                     VARCHAR(1000) NOT NULL,
    provider                VARCHAR(32) NOT NULL DEFAULT 'OLLAMA',
    enabled                 BOOLEAN NOT NULL DEFAULT TRUE,
    is_default              BOOLEAN NOT NULL DEFAULT FALSE,
    max_concurrent_requests INT NOT NULL DEFAULT 2,
    bearer_token            VARCHAR(1000),
    default_model           VARCHAR(200),
    version                 BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_endpoint_url UNIQUE (url)
);

CREATE TABLE model_info (
    id            BIGINT PRIMARY KEY,
    endpoint_id   BIGINT NOT NULL REFERENCES endpoint (id) ON DELETE CASCADE,
    name          VARCHAR(200) NOT NULL,
    vision        BOOLEAN NOT NULL,
    size_bytes    BIGINT,
    family        VARCHAR(100),
    refreshed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_model_info UNIQUE (endpoint_id, name)
);

CREATE TABLE analysis_job (
    id                BIGINT PRIMARY KEY,
    media_id          BIGINT NOT NULL REFERENCES media_item (id) ON DELETE CASCADE,
    endpoint_id       BIGINT REFERENCES endpoint (id) ON DELETE SET NULL,
    model             VARCHAR(200) NOT NULL,
    options_json      VARCHAR(4000) NOT NULL,
    options_key       CHAR(64) NOT NULL,
    custom_prompt     VARCHAR(8000),
    status            VARCHAR(16) NOT NULL,
    attempts          INT NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMP(6) WITH TIME ZONE,
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP(6) WITH TIME ZONE,
    finished_at       TIMESTAMP(6) WITH TIME ZONE,
    duration_ms       BIGINT,
    error_kind        VARCHAR(32),
    error_message     VARCHAR(2000),
    raw_answer        CLOB,
    result_json       CLOB,
    bytes_uploaded    BIGINT,
    batch_id          VARCHAR(64),
    version           BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX ix_analysis_job_status ON analysis_job (status, next_attempt_at, id);
CREATE INDEX ix_analysis_job_media ON analysis_job (media_id, model, options_key, status);
CREATE INDEX ix_analysis_job_batch ON analysis_job (batch_id);
