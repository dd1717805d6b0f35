-- Excel imports: one row per applied import, with its counts. The source file is
-- kept content-addressed under attachments/ by its sha256.
CREATE TABLE imports (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  layout TEXT NOT NULL,
  added INTEGER NOT NULL,
  changed INTEGER NOT NULL,
  unchanged INTEGER NOT NULL
);
CREATE INDEX imports_at ON imports (at);
