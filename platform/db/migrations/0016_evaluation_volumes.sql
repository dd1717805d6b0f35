-- Calls and using departments are the usage reported on authorisations (authorisation_usage): the
-- separate record of calls per department is gone.
DROP TABLE evaluation_usage;

-- The provider reports the resource's volume (rows, bytes) with each data update
-- (`dataUpdate.report`) and each zero update (`zeroUpdate.report`); either may be left out, so a
-- data update without a volume still covers its update cycle.
ALTER TABLE zero_updates ADD COLUMN rows INTEGER CHECK (rows >= 0);
ALTER TABLE zero_updates ADD COLUMN bytes INTEGER CHECK (bytes >= 0);

CREATE TABLE evaluation_volumes_next (
  entry_id TEXT NOT NULL REFERENCES entries (id),
  day TEXT NOT NULL,
  rows INTEGER CHECK (rows >= 0),
  bytes INTEGER CHECK (bytes >= 0),
  PRIMARY KEY (entry_id, day)
) WITHOUT ROWID;
INSERT INTO evaluation_volumes_next (entry_id, day, rows, bytes) SELECT entry_id, day, rows, bytes FROM evaluation_volumes;
DROP TABLE evaluation_volumes;
ALTER TABLE evaluation_volumes_next RENAME TO evaluation_volumes;
