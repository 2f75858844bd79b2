-- Review: a model's answer can arrive as suggestions the person accepts or rejects. Applied values stay where
-- they always were (media_item's title and description, media_tag, media_category); this table holds the
-- values that are not applied: SUGGESTED (waiting for the person) and REJECTED (remembered per picture, so
-- the model's label is never suggested again for it and "ask again" can tell the model what was turned down).
CREATE SEQUENCE review_suggestion_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE review_suggestion (
    id          BIGINT PRIMARY KEY,
    media_id    BIGINT NOT NULL REFERENCES media_item (id) ON DELETE CASCADE,
    field       VARCHAR(16) NOT NULL,
    text_value  VARCHAR(4000) NOT NULL,
    -- The folded label name; empty for a title or description, so a picture has one of each.
    norm_value  VARCHAR(200) NOT NULL,
    source      VARCHAR(300) NOT NULL,
    state       VARCHAR(16) NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_review_suggestion UNIQUE (media_id, field, norm_value)
);
CREATE INDEX ix_review_suggestion_state ON review_suggestion (state, media_id);

-- A value the person accepted from a suggestion keeps the model as its source, and a later analysis keeps
-- it as it keeps what the person wrote.
ALTER TABLE media_tag ADD COLUMN confirmed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE media_category ADD COLUMN confirmed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE media_item ADD COLUMN title_confirmed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE media_item ADD COLUMN description_confirmed BOOLEAN NOT NULL DEFAULT FALSE;

-- Settings that belong to a library rather than to the person's installation (review mode, vocabulary mode).
CREATE TABLE library_setting (
    name          VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);
