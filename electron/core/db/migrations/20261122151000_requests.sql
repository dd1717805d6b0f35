-- Share requests, provider decisions, authorisations, objections, disputes and reminders.

-- The request basket (申请清单): entries and data items chosen from the cached shared catalogue.
-- item_name '' = the whole entry.
CREATE TABLE request_basket (
  entry_id TEXT NOT NULL,
  item_name TEXT NOT NULL DEFAULT '',
  added_at TEXT NOT NULL,
  PRIMARY KEY (entry_id, item_name)
) WITHOUT ROWID;

-- One share request, as requester (mine) or provider (incoming). `fields` is the JSON of
-- shared/domain/request.ts; `decision` the provider's or platform's decision JSON.
CREATE TABLE share_requests (
  id TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('requester', 'provider')),
  state TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  entry_name TEXT NOT NULL,
  entry_code TEXT NOT NULL DEFAULT '',
  share_type TEXT NOT NULL,
  requester_code TEXT NOT NULL,
  requester_name TEXT NOT NULL,
  provider_code TEXT NOT NULL,
  provider_name TEXT NOT NULL,
  fields TEXT NOT NULL,
  platform_revision INTEGER NOT NULL DEFAULT 0,
  submitted_at TEXT,
  due_date TEXT,
  decision TEXT,
  valid_until TEXT,
  last_used_at TEXT,
  seasonal INTEGER NOT NULL DEFAULT 0,
  refusal TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX share_requests_role_state ON share_requests (role, state);

-- Every event applied to a request (or ignored as stale / refused as illegal), by idempotency key.
CREATE TABLE share_request_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id TEXT NOT NULL REFERENCES share_requests (id),
  event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'stale', 'illegal')),
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  at TEXT NOT NULL,
  platform_revision INTEGER,
  note TEXT,
  actor TEXT NOT NULL,
  UNIQUE (request_id, event_id)
);

-- Attachments are stored content-addressed under attachments/; these rows say what they are and
-- which request or objection they belong to.
CREATE TABLE attachment_files (
  sha256 TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  size INTEGER NOT NULL,
  stored_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE attachment_links (
  owner_type TEXT NOT NULL,
  owner_id TEXT NOT NULL,
  sha256 TEXT NOT NULL REFERENCES attachment_files (sha256),
  role TEXT NOT NULL,
  file_name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (owner_type, owner_id, sha256)
) WITHOUT ROWID;

-- Objections (数据疑义) I raised or that were raised on my data.
CREATE TABLE objections (
  id TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('raiser', 'provider')),
  state TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  entry_name TEXT NOT NULL,
  item_name TEXT,
  record_key TEXT,
  description TEXT NOT NULL,
  raiser_code TEXT NOT NULL,
  provider_code TEXT NOT NULL,
  raised_at TEXT NOT NULL,
  extensions INTEGER NOT NULL DEFAULT 0,
  answered_at TEXT,
  answer TEXT,
  platform_revision INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX objections_entry ON objections (entry_id, state);
CREATE TABLE objection_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  objection_id TEXT NOT NULL REFERENCES objections (id),
  type TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT,
  actor TEXT NOT NULL
);

-- Disputes escalated to the coordinating office (松江), with the request's record at the time.
CREATE TABLE disputes (
  id TEXT PRIMARY KEY,
  request_id TEXT NOT NULL REFERENCES share_requests (id),
  reason TEXT NOT NULL,
  record TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL
);

-- Reminders already emitted, so each is emitted once.
CREATE TABLE reminders_sent (
  key TEXT PRIMARY KEY,
  sent_at TEXT NOT NULL
) WITHOUT ROWID;
