-- The officer's reminder settings, kept with the workspace (they belong to the department's duties,
-- not to one machine): per kind of deadline, on or off and how many working days ahead; and the
-- working hours outside which no reminder is shown. A kind without a row uses the default.
CREATE TABLE reminder_kinds (
  subject TEXT PRIMARY KEY,
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  lead_days INTEGER NOT NULL CHECK (lead_days BETWEEN 0 AND 10)
) WITHOUT ROWID;

CREATE TABLE reminder_quiet_hours (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  start TEXT NOT NULL,
  end TEXT NOT NULL,
  CHECK (start < end)
);
