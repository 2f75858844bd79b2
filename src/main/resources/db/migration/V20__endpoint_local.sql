-- The endpoint a new library sets up for the local Ollama: OLLAMA_HOST, when set, is its address for the run.
-- Libraries made before knew it only by the name they gave it.
ALTER TABLE endpoint ADD COLUMN is_local BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE endpoint SET is_local = TRUE WHERE id = (SELECT MIN(id) FROM endpoint WHERE name = 'Local Ollama');
