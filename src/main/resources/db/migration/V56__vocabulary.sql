-- The person's vocabulary: aliases that map a model's word onto one of their labels before it is stored,
-- a tag hierarchy, undo of deleted labels, and the labels an answer lost to a strict vocabulary.
CREATE TABLE tag_alias (
    alias_norm VARCHAR(200) PRIMARY KEY,
    alias_name VARCHAR(200) NOT NULL,
    tag_id     BIGINT NOT NULL REFERENCES tag (id) ON DELETE CASCADE
);
CREATE INDEX ix_tag_alias_tag ON tag_alias (tag_id);

CREATE TABLE category_alias (
    alias_norm  VARCHAR(200) PRIMARY KEY,
    alias_name  VARCHAR(200) NOT NULL,
    category_id BIGINT NOT NULL REFERENCES category (id) ON DELETE CASCADE
);
CREATE INDEX ix_category_alias_category ON category_alias (category_id);

ALTER TABLE tag ADD COLUMN parent_id BIGINT REFERENCES tag (id) ON DELETE SET NULL;
CREATE INDEX ix_tag_parent ON tag (parent_id);

-- What a deleted label was (its links, aliases, place in the hierarchy), so the deletion can be undone.
CREATE SEQUENCE label_undo_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE label_undo (
    id          BIGINT PRIMARY KEY,
    kind        VARCHAR(16) NOT NULL,
    label_name  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    snapshot    CLOB NOT NULL
);

ALTER TABLE analysis_job ADD COLUMN dropped_labels VARCHAR(2000);
