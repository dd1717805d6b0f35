-- Change deadlines (目录更新时限): when a published entry's resource changes (the officer starts a
-- change, or re-docking its system's tables shows a difference), the profile's deadline to update
-- the catalogue starts. One chain per entry: its deadline events as [[type, at], …], and the
-- deadlines computed from them for the calendar and day of `catalogue_deadlines_computed`.
CREATE TABLE catalogue_change_deadlines (
  entry_id TEXT PRIMARY KEY REFERENCES catalogue_entries (id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN ('change', 'docking')),
  deadline_events TEXT NOT NULL,
  deadlines TEXT,
  deadlines_open INTEGER NOT NULL DEFAULT 1,
  deadlines_stale INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX catalogue_change_deadlines_open ON catalogue_change_deadlines (deadlines_stale) WHERE deadlines_open = 1;
CREATE TABLE catalogue_deadlines_computed (id INTEGER PRIMARY KEY CHECK (id = 1), key TEXT NOT NULL);
-- The yearly full maintenance of the whole catalogue, once recorded for a year.
CREATE TABLE catalogue_maintenance (year INTEGER PRIMARY KEY, done_at TEXT NOT NULL, actor TEXT NOT NULL);
