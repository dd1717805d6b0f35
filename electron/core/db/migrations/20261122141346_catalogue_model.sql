-- The full catalogue model (the 1272 core metadata plus extensions), code parts, item flags and revisions.
-- Classification and code are stored in parts (类/项/目/细目 + 顺序码); `code` stays the rendered text.
ALTER TABLE catalogue_entries ADD COLUMN name_en TEXT;
ALTER TABLE catalogue_entries ADD COLUMN class_scheme TEXT;
ALTER TABLE catalogue_entries ADD COLUMN class_category TEXT;
ALTER TABLE catalogue_entries ADD COLUMN class_item TEXT;
ALTER TABLE catalogue_entries ADD COLUMN class_section TEXT;
ALTER TABLE catalogue_entries ADD COLUMN class_detail TEXT;
-- The provider part and the 顺序码 of the code; `code_explicit` = 1 when the code was given (import,
-- legacy) rather than rendered, `code_confirmed` = 1 when the officer confirmed an unusual shape.
ALTER TABLE catalogue_entries ADD COLUMN code_provider TEXT;
ALTER TABLE catalogue_entries ADD COLUMN code_sequence TEXT;
ALTER TABLE catalogue_entries ADD COLUMN code_explicit INTEGER NOT NULL DEFAULT 0;
ALTER TABLE catalogue_entries ADD COLUMN code_confirmed INTEGER NOT NULL DEFAULT 0;
-- JSON array of 关联资源代码.
ALTER TABLE catalogue_entries ADD COLUMN related_codes TEXT;
ALTER TABLE catalogue_entries ADD COLUMN format_note TEXT;
ALTER TABLE catalogue_entries ADD COLUMN source_system TEXT;
ALTER TABLE catalogue_entries ADD COLUMN deployment_network TEXT;
ALTER TABLE catalogue_entries ADD COLUMN vertical_system INTEGER;
ALTER TABLE catalogue_entries ADD COLUMN business_matter TEXT;
ALTER TABLE catalogue_entries ADD COLUMN storage_gb REAL;
ALTER TABLE catalogue_entries ADD COLUMN record_count REAL;
ALTER TABLE catalogue_entries ADD COLUMN shared_storage_gb REAL;
ALTER TABLE catalogue_entries ADD COLUMN shared_record_count REAL;
ALTER TABLE catalogue_entries ADD COLUMN open_storage_gb REAL;
ALTER TABLE catalogue_entries ADD COLUMN open_record_count REAL;
ALTER TABLE catalogue_entries ADD COLUMN service_address TEXT;
ALTER TABLE catalogue_entries ADD COLUMN online_link TEXT;
ALTER TABLE catalogue_entries ADD COLUMN theme TEXT;
ALTER TABLE catalogue_entries ADD COLUMN scenario TEXT;
ALTER TABLE catalogue_entries ADD COLUMN spatial_scope TEXT;
ALTER TABLE catalogue_entries ADD COLUMN time_range TEXT;
ALTER TABLE catalogue_entries ADD COLUMN data_grade TEXT;
ALTER TABLE catalogue_entries ADD COLUMN sync_mechanism TEXT;
ALTER TABLE catalogue_entries ADD COLUMN sync_frequency TEXT;
ALTER TABLE catalogue_entries ADD COLUMN physical_delete INTEGER;
ALTER TABLE catalogue_entries ADD COLUMN usage_requirements TEXT;
ALTER TABLE catalogue_entries ADD COLUMN responsible_party TEXT;
ALTER TABLE catalogue_entries ADD COLUMN update_time_limit TEXT;
ALTER TABLE catalogue_entries ADD COLUMN docking_method TEXT;
ALTER TABLE catalogue_entries ADD COLUMN docking_system TEXT;
ALTER TABLE catalogue_entries ADD COLUMN open_method TEXT;
ALTER TABLE catalogue_entries ADD COLUMN remarks TEXT;
CREATE INDEX catalogue_entries_class ON catalogue_entries (class_scheme, class_category, class_item);

ALTER TABLE data_items ADD COLUMN sensitive INTEGER;
ALTER TABLE data_items ADD COLUMN desensitisation TEXT;
ALTER TABLE data_items ADD COLUMN is_key INTEGER;

-- Every saved state of an entry: a JSON snapshot written in the same transaction as
-- the save, so the history view can diff and restore any of them.
CREATE TABLE catalogue_revisions (
  entry_id TEXT NOT NULL REFERENCES catalogue_entries (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  state TEXT NOT NULL,
  action TEXT NOT NULL,
  actor TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  PRIMARY KEY (entry_id, revision)
) WITHOUT ROWID;
