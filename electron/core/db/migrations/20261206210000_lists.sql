-- Lists reported to the authority (docs/demands.md): each submission of the demand list, the
-- responsibility list or the open-data catalogue, with what the platform and the reviewer said.
-- `rows` is the list as submitted (so comments point at the row the reviewer saw).
-- state: queued (in the outbox) → submitted → accepted | returned; refused when the platform refused it.
CREATE TABLE list_submissions (
  id TEXT PRIMARY KEY,
  list TEXT NOT NULL CHECK (list IN ('demands', 'responsibilities', 'openData')),
  state TEXT NOT NULL CHECK (state IN ('queued', 'submitted', 'accepted', 'returned', 'refused')),
  platform_revision INTEGER NOT NULL DEFAULT 0,
  row_count INTEGER NOT NULL,
  rows TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  reviewed_at TEXT,
  note TEXT,
  comments TEXT NOT NULL DEFAULT '[]',
  matches TEXT NOT NULL DEFAULT '{}',
  evaluations TEXT NOT NULL DEFAULT '[]',
  refusal TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX list_submissions_list ON list_submissions (list, submitted_at);

-- Opening forms of an entry in the open-data catalogue (JSON array of OpenMethod), when the officer
-- set them; otherwise the entry's own form of conditional opening is the one.
CREATE TABLE open_forms (
  entry_id TEXT PRIMARY KEY REFERENCES catalogue_entries (id) ON DELETE CASCADE,
  forms TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
