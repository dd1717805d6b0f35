-- Usage of authorisations as the provider's gateway (or the authority) reports it: calls per day
-- (China day) per request. A day reported again replaces its count.
CREATE TABLE authorisation_usage (
  request_id TEXT NOT NULL REFERENCES requests (id),
  day TEXT NOT NULL,
  calls INTEGER NOT NULL CHECK (calls >= 0),
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (request_id, day)
) WITHOUT ROWID;

-- Application scenarios the authority registered for scenario-based grants; `body` is the
-- Scenario JSON as sent in feeds.
CREATE TABLE scenarios (
  id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
