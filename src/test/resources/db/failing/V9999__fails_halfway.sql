-- A migration that changes the schema, then fails: H2 has already committed the first statement.
ALTER TABLE media_item ADD COLUMN half_done INT;
UPDATE media_item SET half_done = 1 / 0;
