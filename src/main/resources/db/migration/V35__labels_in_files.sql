-- Labels travel in the pictures' files (XMP sidecars, embedded XMP, IPTC, EXIF), in both directions.

-- A RAW+JPEG pair is one item: the JPEG at path, its RAW here (kept in step when labels are written).
ALTER TABLE media_item ADD COLUMN companion_path VARCHAR(4096);
-- A fingerprint of the sidecars (paths, sizes, times) when their labels were last read or written; a sidecar
-- that appears or changes since is read again.
ALTER TABLE media_item ADD COLUMN sidecar_stamp CHAR(64);
-- The labels the files held when last read or written (JSON), the common ancestor of a three-way merge when
-- they are read again; null while the files were never read. Items differ from their files when their labels
-- differ from these.
ALTER TABLE media_item ADD COLUMN file_labels CHARACTER VARYING;
ALTER TABLE media_item ADD COLUMN file_labels_at TIMESTAMP(6) WITH TIME ZONE;
-- Why the labels could not be written into the files the last time that was tried; null when they could.
ALTER TABLE media_item ADD COLUMN file_write_error VARCHAR(1000);
-- Writing follows edits: the writer asks for items changed since it last looked.
CREATE INDEX ix_media_item_updated_at ON media_item (updated_at, id);
-- A file's tag hierarchy (lr:hierarchicalSubject) goes into the tag hierarchy (tag.parent_id), and the write
-- mode into library_setting: both come with the vocabulary and review migrations.
