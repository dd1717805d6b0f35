-- The requested items the platform marks sensitive (marked so in the entry, or looking like
-- personal data), as its record of the request carries them: JSON array of item names, NULL when
-- the platform's record has none (or was stored before it marked them).
ALTER TABLE share_requests ADD COLUMN sensitive_items TEXT;
