-- Demand list (需求清单): data the department needs from others. `serial` numbers
-- demands per workspace (需求编号 XQ-<year>-<serial>); `items` is a JSON array of item names.
-- The accepted match keeps the shared entry's id (for a share request) with its code and name.
CREATE TABLE demands (
  id TEXT PRIMARY KEY,
  serial INTEGER NOT NULL UNIQUE,
  number TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  items TEXT NOT NULL,
  provider_name TEXT,
  provider_code TEXT,
  basis_kind TEXT NOT NULL,
  basis_text TEXT NOT NULL,
  scenario TEXT NOT NULL,
  share_method TEXT,
  update_frequency TEXT,
  area_scope TEXT,
  time_scope TEXT,
  expected_volume INTEGER,
  contact_name TEXT NOT NULL,
  contact_phone TEXT NOT NULL,
  proposed_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  status_reason TEXT,
  matched_entry_id TEXT,
  matched_code TEXT,
  matched_name TEXT,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX demands_status ON demands (status, serial);

-- Responsibility list (责任清单): the duties and people of one catalogue entry; the rest of the
-- row is read from the entry. An entry without a row here is shown with its gaps.
CREATE TABLE responsibilities (
  entry_id TEXT PRIMARY KEY REFERENCES catalogue_entries (id) ON DELETE CASCADE,
  responsible_person TEXT,
  contact_phone TEXT,
  legal_basis TEXT,
  collection_duty TEXT,
  update_commitment TEXT,
  quality_duty TEXT,
  objection_handler TEXT,
  time_limit TEXT,
  revision INTEGER NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- Data updates and zero-update reports (零更新) of entries: the last one per entry starts the
-- next due period. `day` is the China day of the event, `period` the cycle period it covers.
CREATE TABLE entry_update_events (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL REFERENCES catalogue_entries (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('zeroUpdate', 'dataUpdate')),
  period TEXT,
  day TEXT NOT NULL,
  note TEXT,
  actor TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX entry_update_events_entry ON entry_update_events (entry_id, day);
-- One zero-update report per entry and period.
CREATE UNIQUE INDEX entry_update_events_zero_period ON entry_update_events (entry_id, period) WHERE kind = 'zeroUpdate';
