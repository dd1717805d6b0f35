-- The volume (rows, bytes) the provider reports with a data update or a zero-update report; sent
-- with the report to the platform, where it is the resource's data-volume figure. Either may be absent.
ALTER TABLE entry_update_events ADD COLUMN rows INTEGER CHECK (rows >= 0);
ALTER TABLE entry_update_events ADD COLUMN bytes INTEGER CHECK (bytes >= 0);
