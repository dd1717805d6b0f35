-- Catalogue entries (the 1272 core metadata). `code` is rendered from its parts; `sequence` is the 顺序码.
CREATE TABLE catalogue_entries (
  id TEXT PRIMARY KEY,
  sequence INTEGER NOT NULL UNIQUE,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  provider TEXT NOT NULL,
  provider_unit TEXT,
  provider_code TEXT,
  summary TEXT NOT NULL,
  format_class TEXT NOT NULL,
  format_type TEXT NOT NULL,
  share_type TEXT NOT NULL,
  share_condition TEXT,
  share_method_class TEXT,
  share_method_type TEXT,
  open_type TEXT NOT NULL,
  open_condition TEXT,
  update_cycle TEXT NOT NULL,
  published_on TEXT,
  state TEXT NOT NULL DEFAULT 'draft',
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX catalogue_entries_updated ON catalogue_entries (updated_at, id);
CREATE INDEX catalogue_entries_name ON catalogue_entries (name);
CREATE INDEX catalogue_entries_state ON catalogue_entries (state);

-- Data items (信息项), in their order; share/open attributes override the entry's.
CREATE TABLE data_items (
  entry_id TEXT NOT NULL REFERENCES catalogue_entries (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT,
  type TEXT NOT NULL,
  length TEXT,
  share_type TEXT,
  share_condition TEXT,
  open_type TEXT,
  open_condition TEXT,
  PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;
