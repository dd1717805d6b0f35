-- Share request states in lowerCamel, like every other state (shared/domain/request-states.ts):
-- the platform's names (platformCheck, providerReview, …) and the workspace's own (draft,
-- pendingSync, submitted, returned, delivering) in one casing. Stored states, the events' from and
-- to states and the request records kept with disputes are rewritten.

UPDATE share_requests SET state = CASE state
    WHEN 'DRAFT' THEN 'draft'
    WHEN 'PENDING_SYNC' THEN 'pendingSync'
    WHEN 'SUBMITTED' THEN 'submitted'
    WHEN 'PLATFORM_CHECK' THEN 'platformCheck'
    WHEN 'PROVIDER_REVIEW' THEN 'providerReview'
    WHEN 'RETURNED' THEN 'returned'
    WHEN 'APPROVED' THEN 'approved'
    WHEN 'REJECTED' THEN 'rejected'
    WHEN 'DELIVERING' THEN 'delivering'
    WHEN 'ACTIVE' THEN 'active'
    WHEN 'EXPIRED' THEN 'expired'
    WHEN 'RENEWAL_REQUESTED' THEN 'renewalRequested'
    WHEN 'REVOKED' THEN 'revoked'
    WHEN 'WITHDRAWN' THEN 'withdrawn'
    WHEN 'ESCALATED' THEN 'escalated'
    ELSE state END;

UPDATE share_request_events SET
  from_state = CASE from_state
    WHEN 'DRAFT' THEN 'draft'
    WHEN 'PENDING_SYNC' THEN 'pendingSync'
    WHEN 'SUBMITTED' THEN 'submitted'
    WHEN 'PLATFORM_CHECK' THEN 'platformCheck'
    WHEN 'PROVIDER_REVIEW' THEN 'providerReview'
    WHEN 'RETURNED' THEN 'returned'
    WHEN 'APPROVED' THEN 'approved'
    WHEN 'REJECTED' THEN 'rejected'
    WHEN 'DELIVERING' THEN 'delivering'
    WHEN 'ACTIVE' THEN 'active'
    WHEN 'EXPIRED' THEN 'expired'
    WHEN 'RENEWAL_REQUESTED' THEN 'renewalRequested'
    WHEN 'REVOKED' THEN 'revoked'
    WHEN 'WITHDRAWN' THEN 'withdrawn'
    WHEN 'ESCALATED' THEN 'escalated'
    ELSE from_state END,
  to_state = CASE to_state
    WHEN 'DRAFT' THEN 'draft'
    WHEN 'PENDING_SYNC' THEN 'pendingSync'
    WHEN 'SUBMITTED' THEN 'submitted'
    WHEN 'PLATFORM_CHECK' THEN 'platformCheck'
    WHEN 'PROVIDER_REVIEW' THEN 'providerReview'
    WHEN 'RETURNED' THEN 'returned'
    WHEN 'APPROVED' THEN 'approved'
    WHEN 'REJECTED' THEN 'rejected'
    WHEN 'DELIVERING' THEN 'delivering'
    WHEN 'ACTIVE' THEN 'active'
    WHEN 'EXPIRED' THEN 'expired'
    WHEN 'RENEWAL_REQUESTED' THEN 'renewalRequested'
    WHEN 'REVOKED' THEN 'revoked'
    WHEN 'WITHDRAWN' THEN 'withdrawn'
    WHEN 'ESCALATED' THEN 'escalated'
    ELSE to_state END;

-- A dispute keeps the request as it was (JSON): its state values are quoted words of their own.
UPDATE disputes SET record = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(record, '"DRAFT"', '"draft"'), '"PENDING_SYNC"', '"pendingSync"'), '"SUBMITTED"', '"submitted"'), '"PLATFORM_CHECK"', '"platformCheck"'), '"PROVIDER_REVIEW"', '"providerReview"'), '"RETURNED"', '"returned"'), '"APPROVED"', '"approved"'), '"REJECTED"', '"rejected"'), '"DELIVERING"', '"delivering"'), '"ACTIVE"', '"active"'), '"EXPIRED"', '"expired"'), '"RENEWAL_REQUESTED"', '"renewalRequested"'), '"REVOKED"', '"revoked"'), '"WITHDRAWN"', '"withdrawn"'), '"ESCALATED"', '"escalated"');
