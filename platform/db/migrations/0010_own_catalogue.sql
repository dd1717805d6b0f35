-- The department's own catalogue in its feed: every published entry also reaches its own
-- department as `ownEntry.upsert`, so a new workspace starts from what is published. Entries
-- published before this change get theirs from their shared-catalogue change.
INSERT OR IGNORE INTO feed (audience, key, kind, body, created_at)
SELECT json_extract(body, '$.entry.departmentCode'), 'own:' || json_extract(body, '$.entry.id'), 'ownEntry.upsert',
       json_set(body, '$.kind', 'ownEntry.upsert'), created_at
  FROM feed
 WHERE audience = '*' AND kind = 'sharedEntry.upsert'
 ORDER BY seq;
