-- The authorisation lifecycle as the platform holds it (JSON: renews, renewedBy, scenario grant,
-- seasonal declaration, suspension), usage per day as the platform reports it, and the
-- application scenarios registered for this department or its resources.
ALTER TABLE share_requests ADD COLUMN lifecycle TEXT;

-- No foreign key: a usage change may arrive before the request it is about.
CREATE TABLE authorisation_usage (
  request_id TEXT NOT NULL,
  day TEXT NOT NULL,
  calls INTEGER NOT NULL,
  PRIMARY KEY (request_id, day)
) WITHOUT ROWID;

-- The platform's totals over every recorded day (the feed carries only the recent days).
CREATE TABLE authorisation_usage_totals (
  request_id TEXT PRIMARY KEY,
  total_calls INTEGER NOT NULL,
  last_used_on TEXT
) WITHOUT ROWID;

CREATE TABLE scenarios (
  id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
