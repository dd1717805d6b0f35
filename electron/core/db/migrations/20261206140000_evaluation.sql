-- Evaluation (docs/evaluation.md): anomaly notices on my resources, the metrics and ranking last
-- pulled from the platform (the dashboard renders from these offline), and annual reports.

-- Anomaly notices (异常通报) as the platform last sent them, with the officer's draft answer.
CREATE TABLE notices (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL,
  entry_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  evidence TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  due_date TEXT NOT NULL,
  -- the platform's state, or `answerQueued` while the answer waits in the outbox
  state TEXT NOT NULL,
  platform_revision INTEGER NOT NULL,
  -- JSON: the answer, the conclusion and the history as the platform holds them
  answer TEXT,
  conclusion TEXT,
  history TEXT NOT NULL,
  draft TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX notices_entry ON notices (entry_id, issued_at);

-- The metrics last pulled, per resource and calendar month: additive totals (shared/evaluation/formulas.ts).
CREATE TABLE evaluation_resources (
  entry_id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  update_cycle TEXT NOT NULL,
  catalogue_score REAL,
  rows INTEGER,
  bytes INTEGER
) WITHOUT ROWID;

CREATE TABLE evaluation_months (
  entry_id TEXT NOT NULL,
  month TEXT NOT NULL,
  days INTEGER NOT NULL,
  checks INTEGER NOT NULL,
  failures INTEGER NOT NULL,
  calls INTEGER NOT NULL,
  department_days INTEGER NOT NULL,
  due_cycles INTEGER NOT NULL,
  on_time_cycles INTEGER NOT NULL,
  upheld_objections INTEGER NOT NULL,
  review_returns INTEGER NOT NULL,
  notices INTEGER NOT NULL,
  late_notices INTEGER NOT NULL,
  PRIMARY KEY (entry_id, month)
) WITHOUT ROWID;

-- The published ranking of departments for the pulled period.
CREATE TABLE evaluation_rankings (
  department_code TEXT PRIMARY KEY,
  department_name TEXT NOT NULL,
  resources INTEGER NOT NULL,
  score REAL,
  rank INTEGER
) WITHOUT ROWID;

-- key: `from`, `to`, `fetchedAt` of the last pull.
CREATE TABLE evaluation_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- Annual data-management reports (伊川 第三十九条): the officer's own section, and when it was filed.
CREATE TABLE annual_reports (
  year INTEGER PRIMARY KEY,
  officer_text TEXT NOT NULL DEFAULT '',
  filed_at TEXT,
  filed_sha256 TEXT,
  updated_at TEXT NOT NULL
);
