-- Departments (统一社会信用代码) and accounts: officers of a department, platform reviewers.
CREATE TABLE departments (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  division TEXT
);

CREATE TABLE accounts (
  user TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('officer', 'reviewer')),
  department_code TEXT NOT NULL REFERENCES departments (code),
  created_at TEXT NOT NULL
);

-- Bearer tokens, stored as sha256 of the token.
CREATE TABLE tokens (
  token_hash TEXT PRIMARY KEY,
  user TEXT NOT NULL REFERENCES accounts (user) ON DELETE CASCADE,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID;

-- Catalogue entries as departments submitted them; `body` is the entry's JSON (items included).
CREATE TABLE entries (
  id TEXT PRIMARY KEY,
  department_code TEXT NOT NULL REFERENCES departments (code),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  -- the name without spaces and punctuation: unique per department among live entries
  name_key TEXT NOT NULL,
  share_type TEXT NOT NULL,
  revision INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('submitted', 'returned', 'published', 'retired')),
  body TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  review_due TEXT,
  published_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX entries_state ON entries (state, submitted_at, id);
-- Names are unique per department among live entries (the 1272 guideline): the index enforces it.
CREATE UNIQUE INDEX entries_live_name ON entries (department_code, name_key) WHERE state <> 'retired';

-- Share requests; `body` is the ShareRequest JSON as sent in feeds.
CREATE TABLE requests (
  id TEXT PRIMARY KEY,
  requester_code TEXT NOT NULL REFERENCES departments (code),
  provider_code TEXT NOT NULL REFERENCES departments (code),
  entry_id TEXT NOT NULL REFERENCES entries (id),
  state TEXT NOT NULL,
  revision INTEGER NOT NULL,
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX requests_state ON requests (state, updated_at, id);

-- Objections (数据疑义); `body` is the Objection JSON.
CREATE TABLE objections (
  id TEXT PRIMARY KEY,
  raiser_code TEXT NOT NULL REFERENCES departments (code),
  provider_code TEXT NOT NULL REFERENCES departments (code),
  entry_id TEXT NOT NULL REFERENCES entries (id),
  state TEXT NOT NULL,
  revision INTEGER NOT NULL,
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Zero-update reports (零更新).
CREATE TABLE zero_updates (
  id TEXT PRIMARY KEY,
  department_code TEXT NOT NULL REFERENCES departments (code),
  entry_id TEXT NOT NULL REFERENCES entries (id),
  period TEXT NOT NULL,
  note TEXT,
  reported_at TEXT NOT NULL
);

-- The first answer to every pushed operation, per department: a replay gets it back.
CREATE TABLE ops (
  department_code TEXT NOT NULL,
  op_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  PRIMARY KEY (department_code, op_id)
) WITHOUT ROWID;

-- The change feed. `audience` is a department code, or '*' for everyone. One row per
-- (audience, key): a newer change of the same thing replaces the older (log compaction), so
-- reading from 0 gives the current state. AUTOINCREMENT keeps seq rising past deleted rows.
CREATE TABLE feed (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  audience TEXT NOT NULL,
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX feed_key ON feed (audience, key);
-- Pages are read along seq (the rowid) with the audience as a filter: no index on audience needed.

-- Attachments by sha256 (the bytes are files under DIR/attachments), and who may read them.
CREATE TABLE attachments (
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  media_type TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE attachment_access (
  sha256 TEXT NOT NULL REFERENCES attachments (sha256),
  department_code TEXT NOT NULL REFERENCES departments (code),
  PRIMARY KEY (sha256, department_code)
) WITHOUT ROWID;

-- Settings of the platform itself, e.g. `feed_floor`: cursors below it must resync.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
