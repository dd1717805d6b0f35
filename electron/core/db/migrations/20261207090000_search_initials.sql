-- Two more search tables (electron/core/search/documents.ts, tiers.ts):
-- - search_initials: the pinyin initials of item names, every run of 3 to 16 of them a token
--   (tyshxydm, shxydm, xydm…), so that an initials query reads one token's list; as trigrams in
--   search_trigram, those of the commonest item names made such a query read a sixth of the
--   catalogue, several times over. search_trigram keeps names, their pinyin, items and summaries.
-- - search_names: the names and their pinyin alone, as trigrams, so that finding the name matches
--   of a query reads names only, not the lists of the item names that share its trigrams.
-- Every table is rebuilt by the search layer (segmentation and pinyin need JS): own entries
-- through search_pending, shared ones through search_rebuild, as in 20261122145141_search_facet_bits.sql.
CREATE VIRTUAL TABLE search_names USING fts5(
  name, name_pinyin,
  tokenize = 'trigram', content = '', contentless_delete = 1
);
CREATE VIRTUAL TABLE search_initials USING fts5(
  items_pinyin,
  content = '', contentless_delete = 1, detail = none
);

INSERT INTO search_trigram (search_trigram) VALUES ('delete-all');
INSERT INTO search_cjk (search_cjk) VALUES ('delete-all');
DELETE FROM search_docs;
INSERT OR IGNORE INTO search_rebuild (entity_id) SELECT id FROM shared_catalogue_entries;
INSERT OR IGNORE INTO search_pending (entity_id) SELECT id FROM catalogue_entries;
