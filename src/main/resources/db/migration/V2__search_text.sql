-- Free-text search reads one folded column instead of three lower(...) LIKEs and a tag subquery per item.
-- It holds title, description, file name and tag names, lower-cased and separated by line breaks (which
-- a search box cannot contain, so no match spans two fields). The application rewrites it whenever one
-- of them changes (see SearchText); this fills it for the items already in the library.
ALTER TABLE media_item ADD COLUMN search_text CHARACTER VARYING;

UPDATE media_item m SET search_text = LOWER(CONCAT_WS(CHAR(10), m.title, m.description, m.file_name,
    (SELECT LISTAGG(t.norm_name, CHAR(10)) FROM media_tag l JOIN tag t ON t.id = l.tag_id WHERE l.media_id = m.id)));
