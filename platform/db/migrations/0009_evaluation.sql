-- Evaluation (docs/evaluation.md): what the authority's monitoring records per published
-- resource and day, the review returns, anomaly notices and annual-report filings.

-- Availability checks of the resource's interface or delivery; an outage is recorded as failed checks.
CREATE TABLE evaluation_checks (
  entry_id TEXT NOT NULL REFERENCES entries (id),
  day TEXT NOT NULL,
  checks INTEGER NOT NULL CHECK (checks >= 0),
  failures INTEGER NOT NULL CHECK (failures >= 0 AND failures <= checks),
  PRIMARY KEY (entry_id, day)
) WITHOUT ROWID;

-- Calls through authorisations, per using department and day.
CREATE TABLE evaluation_usage (
  entry_id TEXT NOT NULL REFERENCES entries (id),
  day TEXT NOT NULL,
  department_code TEXT NOT NULL,
  calls INTEGER NOT NULL CHECK (calls >= 0),
  PRIMARY KEY (entry_id, day, department_code)
) WITHOUT ROWID;

-- Rows and bytes the provider reported with a data update on that day.
CREATE TABLE evaluation_volumes (
  entry_id TEXT NOT NULL REFERENCES entries (id),
  day TEXT NOT NULL,
  rows INTEGER NOT NULL CHECK (rows >= 0),
  bytes INTEGER NOT NULL CHECK (bytes >= 0),
  PRIMARY KEY (entry_id, day)
) WITHOUT ROWID;

-- Each time the reviewer returned a submission of the entry.
CREATE TABLE evaluation_returns (
  entry_id TEXT NOT NULL REFERENCES entries (id),
  at TEXT NOT NULL
);
CREATE INDEX evaluation_returns_entry ON evaluation_returns (entry_id, at);

-- Anomaly notices (异常通报); `body` is the Notice JSON as sent in feeds.
CREATE TABLE notices (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL REFERENCES entries (id),
  department_code TEXT NOT NULL REFERENCES departments (code),
  state TEXT NOT NULL,
  revision INTEGER NOT NULL,
  issued_at TEXT NOT NULL,
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX notices_department ON notices (department_code, issued_at);
CREATE INDEX notices_entry ON notices (entry_id, issued_at);

-- Annual data-management reports filed (the bytes are an attachment).
CREATE TABLE report_filings (
  department_code TEXT NOT NULL REFERENCES departments (code),
  year INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  media_type TEXT NOT NULL,
  filed_at TEXT NOT NULL,
  PRIMARY KEY (department_code, year)
) WITHOUT ROWID;
