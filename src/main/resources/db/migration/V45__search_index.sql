-- The search index (Lucene, in the library folder) is rebuilt from the database whenever in doubt; the
-- database stays the one source of truth.

-- Search facts of the library: its identity (an index made for another library is not used) and the
-- embedding model chosen for search by meaning.
CREATE TABLE search_state (
    name  VARCHAR(100) PRIMARY KEY,
    text_value VARCHAR(1000) NOT NULL
);
INSERT INTO search_state (name, text_value) VALUES ('library.id', CAST(RANDOM_UUID() AS VARCHAR));

-- Items whose searchable values changed and that the index has not taken yet, written in the same
-- transaction as the change. The index takes them after the commit, and at the next start whatever a
-- crash left; the sequence is the change counter the index compares with the last change it took.
-- No foreign key: a removed item keeps its row until the index has dropped it too.
CREATE SEQUENCE search_change_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE search_change (
    id       BIGINT PRIMARY KEY,
    media_id BIGINT NOT NULL
);
