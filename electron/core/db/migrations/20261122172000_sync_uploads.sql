-- Attachments the signed-in platform already holds (docs/sync.md "Attachments"): an operation that
-- names an attachment is pushed only once its file is in this table. Cleared when the platform changes.
CREATE TABLE sync_uploads (
  sha256 TEXT PRIMARY KEY,
  uploaded_at TEXT NOT NULL
) WITHOUT ROWID;
