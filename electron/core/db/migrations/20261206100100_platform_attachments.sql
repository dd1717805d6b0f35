-- Attachments the platform lists on a request this workspace received (the requester's sealed
-- demand form and scans): known by their sha256 until the officer opens one, when the core
-- downloads it, checks it against the sha256 and keeps it in attachments/ (attachment_files,
-- attachment_links) like a file added here.
CREATE TABLE platform_attachments (
  owner_type TEXT NOT NULL,
  owner_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  role TEXT NOT NULL,
  listed_at TEXT NOT NULL,
  PRIMARY KEY (owner_type, owner_id, sha256)
) WITHOUT ROWID;
