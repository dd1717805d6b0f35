-- The reviewed (published) version of an entry, kept apart from the version a department has
-- submitted since: requests and objections meet only the reviewed one, also while a change
-- waits for review and after it is returned. NULL while nothing of the entry is published.
ALTER TABLE entries ADD COLUMN published_code TEXT;
ALTER TABLE entries ADD COLUMN published_name TEXT;
ALTER TABLE entries ADD COLUMN published_share_type TEXT;
ALTER TABLE entries ADD COLUMN published_revision INTEGER;
ALTER TABLE entries ADD COLUMN published_body TEXT;

-- Published entries so far: the version everyone received in the shared catalogue's feed (a
-- resubmission used to overwrite the row), or the row itself when the feed has none.
UPDATE entries SET
  published_code = COALESCE((SELECT json_extract(f.body, '$.entry.code') FROM feed f WHERE f.audience = '*' AND f.key = 'entry:' || entries.id AND f.kind = 'sharedEntry.upsert'), code),
  published_name = COALESCE((SELECT json_extract(f.body, '$.entry.name') FROM feed f WHERE f.audience = '*' AND f.key = 'entry:' || entries.id AND f.kind = 'sharedEntry.upsert'), name),
  published_share_type = COALESCE((SELECT json_extract(f.body, '$.entry.shareType') FROM feed f WHERE f.audience = '*' AND f.key = 'entry:' || entries.id AND f.kind = 'sharedEntry.upsert'), share_type),
  published_revision = COALESCE((SELECT json_extract(f.body, '$.entry.revision') FROM feed f WHERE f.audience = '*' AND f.key = 'entry:' || entries.id AND f.kind = 'sharedEntry.upsert'), revision),
  published_body = COALESCE(
    (SELECT json_remove(json_extract(f.body, '$.entry'), '$.id', '$.code', '$.revision', '$.departmentCode', '$.departmentName', '$.publishedAt')
       FROM feed f WHERE f.audience = '*' AND f.key = 'entry:' || entries.id AND f.kind = 'sharedEntry.upsert'),
    body)
WHERE published_at IS NOT NULL;
