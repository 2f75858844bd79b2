-- A 64-bit perceptual hash (DCT of the thumbnail's decode) for similar pictures and near-duplicates.
-- NULL until the thumbnail is made, or until the backfill has computed it from the cached thumbnail.
ALTER TABLE media_item ADD COLUMN perceptual_hash BIGINT;
