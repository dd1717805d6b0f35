-- The resource kind of each entry (data, or a non-data kind of 《拱墅区政务数字资源共建共享管理办法》第二条),
-- so the review queue can be read by kind without parsing every body. Entries submitted before
-- kinds were kept are read from their body.
ALTER TABLE entries ADD COLUMN kind TEXT NOT NULL DEFAULT 'data';
UPDATE entries SET kind = json_extract(body, '$.kind') WHERE json_extract(body, '$.kind') IS NOT NULL;
CREATE INDEX entries_state_kind ON entries (state, kind, submitted_at, id);
