-- One name for one concept: a step's due date with its rule and source is a deadline, so the
-- stored deadlines of share requests are named so (docs/calendar.md section 6). Renames keep
-- every value; the partial index is rebuilt under its new name.
DROP INDEX share_requests_open_clocks;
ALTER TABLE share_requests RENAME COLUMN clock_events TO deadline_events;
ALTER TABLE share_requests RENAME COLUMN clocks TO deadlines;
ALTER TABLE share_requests RENAME COLUMN clocks_open TO deadlines_open;
ALTER TABLE share_requests RENAME COLUMN clocks_stale TO deadlines_stale;
CREATE INDEX share_requests_open_deadlines ON share_requests (deadlines_stale) WHERE deadlines_open = 1;
ALTER TABLE request_clocks_computed RENAME TO request_deadlines_computed;
