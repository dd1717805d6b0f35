-- The shared catalogue (共享目录) cached from the platform: filled by sync's pull, read by search,
-- demand matching and the 一数一源 check. `revision` is the platform's; `body` the whole entry as JSON.
CREATE TABLE shared_catalogue_entries (
  id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  provider TEXT NOT NULL,
  provider_code TEXT,
  department_code TEXT NOT NULL,
  summary TEXT NOT NULL,
  format_class TEXT NOT NULL,
  format_type TEXT NOT NULL,
  share_type TEXT NOT NULL,
  open_type TEXT NOT NULL,
  update_cycle TEXT NOT NULL,
  classification TEXT,
  published_at TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX shared_catalogue_entries_provider ON shared_catalogue_entries (provider_code);

-- Data items of shared entries, in their order. No foreign key: the repository replaces an entry's
-- items itself, and a per-row key check would slow the first pull of a million items.
CREATE TABLE shared_catalogue_items (
  entry_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT,
  type TEXT NOT NULL,
  length TEXT,
  PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;
-- 一数一源 looks items up by name.
CREATE INDEX shared_catalogue_items_name ON shared_catalogue_items (name);

-- Search: one document per own or shared entry, holding what results show and what facets count,
-- so the match set joins one table by integer key.
CREATE TABLE search_docs (
  doc_id INTEGER PRIMARY KEY,
  scope TEXT NOT NULL CHECK (scope IN ('own', 'shared')),
  entity_id TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  provider TEXT NOT NULL,
  share_type TEXT NOT NULL,
  format_class TEXT NOT NULL,
  classification TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  UNIQUE (scope, entity_id)
);

-- 3+ character substrings of names, summaries, item names and the pinyin of names and item names.
-- Contentless: the text lives in the entry tables; highlights are computed from there.
CREATE VIRTUAL TABLE search_trigram USING fts5(
  name, summary, items, pinyin,
  tokenize = 'trigram', content = '', contentless_delete = 1
);

-- 1–2 character queries: CJK bigrams (+ the last character of each run) and whole words, as
-- segmented by shared/search/segment.ts. No phrase is ever asked of it, so positions are not kept.
CREATE VIRTUAL TABLE search_cjk USING fts5(
  name, summary, items, pinyin,
  content = '', contentless_delete = 1, detail = column
);

-- Own entries changed since the index last caught up. Triggers fill it in the catalogue's own
-- transaction, so the catalogue code stays unaware of search and no change is ever missed; search
-- re-indexes the listed entries (segmentation and pinyin need JS) before it answers.
CREATE TABLE search_pending (entity_id TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO search_pending (entity_id) SELECT id FROM catalogue_entries;

CREATE TRIGGER search_pending_entry_insert AFTER INSERT ON catalogue_entries
BEGIN
  INSERT OR IGNORE INTO search_pending (entity_id) VALUES (NEW.id);
END;
CREATE TRIGGER search_pending_entry_update AFTER UPDATE ON catalogue_entries
BEGIN
  INSERT OR IGNORE INTO search_pending (entity_id) VALUES (OLD.id);
  INSERT OR IGNORE INTO search_pending (entity_id) VALUES (NEW.id);
END;
CREATE TRIGGER search_pending_entry_delete AFTER DELETE ON catalogue_entries
BEGIN
  INSERT OR IGNORE INTO search_pending (entity_id) VALUES (OLD.id);
END;
CREATE TRIGGER search_pending_item_insert AFTER INSERT ON data_items
BEGIN
  INSERT OR IGNORE INTO search_pending (entity_id) VALUES (NEW.entry_id);
END;
CREATE TRIGGER search_pending_item_update AFTER UPDATE ON data_items
BEGIN
  INSERT OR IGNORE INTO search_pending (entity_id) VALUES (NEW.entry_id);
END;
CREATE TRIGGER search_pending_item_delete AFTER DELETE ON data_items
BEGIN
  INSERT OR IGNORE INTO search_pending (entity_id) VALUES (OLD.entry_id);
END;
