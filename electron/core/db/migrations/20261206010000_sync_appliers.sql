-- Every pulled change is applied when its page is stored (docs/sync.md "Pull"): the raw inbox
-- goes, and the platform's announcements get tables of their own.

-- One year's official schedule from the platform (`calendar.override`), the latest per year; it
-- counts in every deadline. `seq` grows with each new schedule, so the working calendar's key
-- changes whenever one arrives.
CREATE TABLE calendar_schedules (
  year INTEGER PRIMARY KEY,
  body TEXT NOT NULL,
  seq INTEGER NOT NULL,
  received_at TEXT NOT NULL
);

-- A jurisdiction profile's settings from the platform (`profile.update`), the latest per profile.
CREATE TABLE profile_updates (
  profile_id TEXT PRIMARY KEY,
  settings TEXT NOT NULL,
  seq INTEGER NOT NULL,
  received_at TEXT NOT NULL
) WITHOUT ROWID;

-- Inbox rows not applied yet, carried over in feed order: SQL cannot run the feature appliers, so
-- the core applies these with the registered appliers on the first open and empties the table in
-- the same transaction (electron/core/sync/carry.ts).
-- Calendar and profile rows were never marked consumed: all of them are carried (the latest wins).
CREATE TABLE sync_carried (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL
);
INSERT INTO sync_carried (seq, kind, body, received_at) SELECT seq, kind, body, received_at FROM sync_inbox WHERE consumed_at IS NULL ORDER BY seq;

DROP INDEX sync_inbox_kind;
DROP TABLE sync_inbox;
