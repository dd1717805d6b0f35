-- The workspace itself: one row naming the department and its jurisdiction profile.
CREATE TABLE workspace (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  profile_id TEXT NOT NULL,
  department_name TEXT NOT NULL,
  department_code TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Append-only: who did what, when, to which entity. Written in the same transaction as the change.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  summary TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Operations waiting for the platform (docs/sync.md); later migrations add sending and answers.
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  op_id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  base_revision INTEGER,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL
);
