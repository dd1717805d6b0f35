-- Paged request lists. Each request keeps, beside its stored deadlines, the due day of its next
-- running deadline and whether one is overdue (written with the deadlines, so always computed for
-- the same calendar and day). `list_due` is the day a list orders it by: that next due day, else the
-- due day the platform gave, undated last. The indexes serve the two orders the lists use (待我审批
-- and the overdue list by due day, 我的申请 newest first) with a cursor after the last row shown.
ALTER TABLE share_requests ADD COLUMN next_due TEXT;
ALTER TABLE share_requests ADD COLUMN deadlines_overdue INTEGER NOT NULL DEFAULT 0 CHECK (deadlines_overdue IN (0, 1));
ALTER TABLE share_requests ADD COLUMN list_due TEXT GENERATED ALWAYS AS (COALESCE(next_due, due_date, '9999')) VIRTUAL;
CREATE INDEX share_requests_role_due ON share_requests (role, list_due, id);
CREATE INDEX share_requests_role_created ON share_requests (role, created_at DESC, id);
CREATE INDEX share_requests_overdue ON share_requests (list_due, id) WHERE deadlines_overdue = 1;
-- Read from the deadlines already stored ([step, start, due, end, late, remaining, extended,
-- covered, status]): the first one not done gives the due day, any overdue one the flag.
UPDATE share_requests SET
  next_due = (SELECT json_extract(d.value, '$[2]') FROM json_each(share_requests.deadlines) AS d WHERE json_extract(d.value, '$[8]') <> 'done' ORDER BY d.key LIMIT 1),
  deadlines_overdue = EXISTS (SELECT 1 FROM json_each(share_requests.deadlines) AS d WHERE json_extract(d.value, '$[8]') = 'overdue')
WHERE deadlines IS NOT NULL;
