-- How an approved request's data is delivered (the provider's `request.deliver`, or the
-- platform's delivery record): JSON of the delivery as the request view shows it.
ALTER TABLE share_requests ADD COLUMN delivery TEXT;
