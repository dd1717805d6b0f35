-- Sync with the platform (docs/sync.md). The outbox itself is in the first migration.

-- Small key/value state of sync: the feed cursor, the last success, the platform address and the
-- signed-in account (never the token: that lives only in the key store).
CREATE TABLE sync_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- The platform's answer to each operation, stored in the transaction that removes it from the outbox.
CREATE TABLE outbox_answers (
  op_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'conflict')),
  revision INTEGER,
  code TEXT,
  reason TEXT,
  answer TEXT NOT NULL,
  answered_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX outbox_answers_at ON outbox_answers (answered_at);
CREATE INDEX outbox_answers_entity ON outbox_answers (entity_id);

-- The platform revision last seen of each entity this workspace sends operations about: the
-- `baseRevision` of the next operation on it.
CREATE TABLE sync_entities (
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  platform_revision INTEGER NOT NULL,
  PRIMARY KEY (entity_type, entity_id)
) WITHOUT ROWID;

-- Conflicts kept with both versions until the officer decides.
CREATE TABLE sync_conflicts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  op_id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  base_revision INTEGER NOT NULL,
  mine TEXT NOT NULL,
  theirs TEXT NOT NULL,
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolution TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at);

-- Review results of my entries, the latest per entry, with the reviewer's field comments.
CREATE TABLE sync_reviews (
  entry_id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  result TEXT NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL
) WITHOUT ROWID;

-- Feed changes other features consume later (request status, incoming requests, decisions,
-- objections, calendar, profile), stored as they came; `key` deduplicates replayed pages.
CREATE TABLE sync_inbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  key TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL,
  consumed_at TEXT
);

-- Shared entries removed by the feed, with the removal's revision: a replayed older upsert must
-- not bring them back.
CREATE TABLE sync_shared_removed (id TEXT PRIMARY KEY, revision INTEGER NOT NULL) WITHOUT ROWID;

-- During a full resync: the shared entries seen again; the others are removed at its end.
CREATE TABLE sync_resync_seen (id TEXT PRIMARY KEY) WITHOUT ROWID;
