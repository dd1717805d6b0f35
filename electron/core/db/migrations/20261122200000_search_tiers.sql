-- Search ranks in tiers (electron/core/search/tiers.ts): a match in the name, then in the items,
-- then in the summary. The name's pinyin and the items' pinyin get columns of their own, so that a
-- column filter tells the tiers apart; both FTS tables are rebuilt by the search layer
-- (segmentation and pinyin need JS): own entries through search_pending, shared ones through
-- search_rebuild, as in 20261122145141_search_facet_bits.sql.
DROP TABLE search_trigram;
DROP TABLE search_cjk;

CREATE VIRTUAL TABLE search_trigram USING fts5(
  name, name_pinyin, items, items_pinyin, summary,
  tokenize = 'trigram', content = '', contentless_delete = 1
);
CREATE VIRTUAL TABLE search_cjk USING fts5(
  name, name_pinyin, items, items_pinyin, summary,
  content = '', contentless_delete = 1, detail = column
);

DELETE FROM search_docs;
INSERT OR IGNORE INTO search_rebuild (entity_id) SELECT id FROM shared_catalogue_entries;
INSERT OR IGNORE INTO search_pending (entity_id) SELECT id FROM catalogue_entries;
