-- `request.create` carries every field of the request. A request queued before it did waits in
-- the outbox with only its entry, items, purpose and attachments: its payload takes the stored
-- fields, so the platform receives the whole request rather than refusing it.
UPDATE outbox
SET payload = json_patch(payload, (SELECT r.fields FROM share_requests r WHERE r.id = outbox.entity_id))
WHERE kind = 'request.create'
  AND EXISTS (SELECT 1 FROM share_requests r WHERE r.id = outbox.entity_id AND json_valid(r.fields) AND json_type(r.fields) = 'object');
