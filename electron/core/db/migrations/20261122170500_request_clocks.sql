-- Stored clocks of share requests (docs/requests.md "Stored clocks"): a calendar update recomputes
-- the open clocks from these compact columns in one transaction; lists read the result.
--   clock_events  JSON [[type, at], ...]: the request's clock events (NULL: not derived yet)
--   clocks        JSON of the computed clocks, compact (rules are looked up by step)
--   clocks_open   1 while a clock runs, is paused, or counts over an unpublished year
--   clocks_stale  1 when the events changed since the clocks were computed
ALTER TABLE share_requests ADD COLUMN clock_events TEXT;
ALTER TABLE share_requests ADD COLUMN clocks TEXT;
ALTER TABLE share_requests ADD COLUMN clocks_open INTEGER NOT NULL DEFAULT 1;
ALTER TABLE share_requests ADD COLUMN clocks_stale INTEGER NOT NULL DEFAULT 1;
CREATE INDEX share_requests_open_clocks ON share_requests (clocks_stale) WHERE clocks_open = 1;

-- The calendar and day every open clock was last computed for (one row).
CREATE TABLE request_clocks_computed (id INTEGER PRIMARY KEY CHECK (id = 1), key TEXT NOT NULL);

-- Which calendar is current is read on every list: the overrides by kind, not a scan of the inbox.
CREATE INDEX sync_inbox_kind ON sync_inbox (kind, seq);
