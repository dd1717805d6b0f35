-- What an idempotency key was first used for: a hash of the operation (kind, entity, base
-- revision, payload), so a key reused for another operation is refused rather than answered
-- with the first one's answer. Keys stored before this column have only their kind and entity.
ALTER TABLE ops ADD COLUMN fingerprint TEXT;
