-- Search documents carry their facet values in the low bits of doc_id (electron/core/search/facets.ts),
-- so that facets and filters are counted from FTS rowids alone, without joining search_docs for
-- every match. Providers and classifications get small ids from this dictionary.
CREATE TABLE search_facet_values (
  facet TEXT NOT NULL,
  id INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (facet, id),
  UNIQUE (facet, value)
) WITHOUT ROWID;
-- The exact- and leading-name boost looks names up instead of comparing every match.
CREATE INDEX search_docs_name ON search_docs (name);

-- Documents written with the earlier doc_id scheme are rebuilt by the search layer (segmentation
-- and pinyin need JS): own entries through search_pending, shared ones through search_rebuild.
CREATE TABLE search_rebuild (entity_id TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO search_rebuild (entity_id) SELECT id FROM shared_catalogue_entries;
INSERT OR IGNORE INTO search_pending (entity_id) SELECT id FROM catalogue_entries;
INSERT INTO search_trigram (search_trigram) VALUES ('delete-all');
INSERT INTO search_cjk (search_cjk) VALUES ('delete-all');
DELETE FROM search_docs;
