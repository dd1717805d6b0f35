-- Lists a department reports to the authority (docs/demands.md): demand list, responsibility list,
-- open-data catalogue. `rows` is the list as submitted; `body` the ListSubmission JSON as sent in
-- the department's feed (state, comments, matches, evaluation requests and their answers).
CREATE TABLE list_submissions (
  id TEXT PRIMARY KEY,
  department_code TEXT NOT NULL REFERENCES departments (code),
  list TEXT NOT NULL CHECK (list IN ('demands', 'responsibilities', 'openData')),
  state TEXT NOT NULL CHECK (state IN ('submitted', 'accepted', 'returned')),
  revision INTEGER NOT NULL,
  submitted_at TEXT NOT NULL,
  rows TEXT NOT NULL,
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX list_submissions_state ON list_submissions (state, submitted_at, id);
CREATE INDEX list_submissions_department ON list_submissions (department_code, submitted_at);
