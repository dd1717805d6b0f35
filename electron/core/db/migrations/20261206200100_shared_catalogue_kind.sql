-- The kind of each cached shared-catalogue entry, so the shared catalogue is listed by kind without
-- reading every body; entries cached before kinds were kept are read from their body.
ALTER TABLE shared_catalogue_entries ADD COLUMN kind TEXT NOT NULL DEFAULT 'data';
UPDATE shared_catalogue_entries SET kind = coalesce(json_extract(body, '$.kind'), 'data') WHERE json_extract(body, '$.kind') IS NOT NULL;
CREATE INDEX shared_catalogue_entries_kind ON shared_catalogue_entries (kind, published_at);
