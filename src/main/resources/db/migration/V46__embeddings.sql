-- Search by meaning: one vector per item and embedding model, made from the item's title, description and
-- labels. media_item.embed_gen counts changes of those texts; a vector made from an older generation is
-- out of date, so the items still to embed are found by a query, never lost from a queue.
ALTER TABLE media_item ADD COLUMN embed_gen INT NOT NULL DEFAULT 0;

CREATE TABLE embedding (
    media_id    BIGINT NOT NULL REFERENCES media_item (id) ON DELETE CASCADE,
    model       VARCHAR(200) NOT NULL,
    dimension   INT NOT NULL,
    -- IEEE half-precision floats, little-endian: half the size of floats, and ample for cosine similarity.
    vector      VARBINARY(32768) NOT NULL,
    text_hash   CHAR(64) NOT NULL,
    source_gen  INT NOT NULL,
    embedded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (media_id, model)
);
CREATE INDEX ix_embedding_model ON embedding (model, media_id);
