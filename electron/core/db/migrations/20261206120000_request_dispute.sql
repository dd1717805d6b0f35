-- A dispute over a share request as the platform holds it: the requester's escalation, the
-- provider's statement and the authority's ruling (JSON of the request view's `dispute`).
ALTER TABLE share_requests ADD COLUMN dispute TEXT;
