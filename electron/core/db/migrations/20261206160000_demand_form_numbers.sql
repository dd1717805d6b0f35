-- The number printed on a demand form (共享需求单): the department's code, the year and a sequence
-- that restarts each year, e.g. 12320100671322000Q-2026-0007. Given when the form is first
-- generated and kept from then on, so a reprint carries the number already sealed.
CREATE TABLE demand_form_numbers (
  request_id TEXT PRIMARY KEY REFERENCES share_requests (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL CHECK (seq > 0),
  number TEXT NOT NULL UNIQUE,
  UNIQUE (year, seq)
);
