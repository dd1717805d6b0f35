-- One vocabulary for objections (shared/domain/objection-states.ts): lowerCamel states, the
-- provider's `answer` (corrected or noError) leaves an objection `answered`, an extension is its own
-- `requestExtension`, and the raiser's conclusion is `confirm` or `reopen`. Stored states, events,
-- queued operations and waiting feed changes are rewritten so every objection is kept.

UPDATE objections SET state = CASE state
  WHEN 'OPEN' THEN 'open'
  WHEN 'ACK' THEN 'acknowledged'
  WHEN 'CORRECTING' THEN 'correcting'
  WHEN 'EXTENSION_REQUESTED' THEN 'extensionRequested'
  WHEN 'EXTENDED' THEN 'extended'
  WHEN 'CORRECTED' THEN 'answered'
  WHEN 'CONFIRMED' THEN 'confirmed'
  WHEN 'REOPENED' THEN 'reopened'
  ELSE state END;

-- An extension was once stored as an answer `extend`: it is no answer.
UPDATE objections SET answer = NULL, answered_at = NULL WHERE json_valid(answer) AND json_extract(answer, '$.answer') = 'extend';

UPDATE objection_events SET
  type = CASE type WHEN 'correct' THEN 'answer' ELSE type END,
  from_state = CASE from_state
    WHEN 'OPEN' THEN 'open' WHEN 'ACK' THEN 'acknowledged' WHEN 'CORRECTING' THEN 'correcting'
    WHEN 'EXTENSION_REQUESTED' THEN 'extensionRequested' WHEN 'EXTENDED' THEN 'extended'
    WHEN 'CORRECTED' THEN 'answered' WHEN 'CONFIRMED' THEN 'confirmed' WHEN 'REOPENED' THEN 'reopened'
    ELSE from_state END,
  to_state = CASE to_state
    WHEN 'OPEN' THEN 'open' WHEN 'ACK' THEN 'acknowledged' WHEN 'CORRECTING' THEN 'correcting'
    WHEN 'EXTENSION_REQUESTED' THEN 'extensionRequested' WHEN 'EXTENDED' THEN 'extended'
    WHEN 'CORRECTED' THEN 'answered' WHEN 'CONFIRMED' THEN 'confirmed' WHEN 'REOPENED' THEN 'reopened'
    ELSE to_state END;

-- Queued operations take the new kinds: `objection.conclude` → `objection.confirm` / `.reopen`,
-- an `objection.answer` extend → `objection.requestExtension`. The opId stays, so a replay of one
-- the platform already answered still gets that answer back.
UPDATE outbox SET
  kind = CASE json_extract(payload, '$.outcome') WHEN 'confirmed' THEN 'objection.confirm' ELSE 'objection.reopen' END,
  payload = json_remove(payload, '$.outcome')
WHERE kind = 'objection.conclude';
UPDATE outbox SET kind = 'objection.requestExtension', payload = json_remove(payload, '$.answer')
WHERE kind = 'objection.answer' AND json_extract(payload, '$.answer') = 'extend';

-- Pulled objection changes still carried to be applied (sync_carried) speak the platform's new words too.
UPDATE sync_carried SET body = json_remove(
  json_set(body, '$.objection.extension', json_object('note', json_extract(body, '$.objection.answer.note'), 'at', json_extract(body, '$.objection.answer.answeredAt'))),
  '$.objection.answer')
WHERE kind = 'objection.update' AND json_extract(body, '$.objection.answer.answer') = 'extend';
UPDATE sync_carried SET body = json_set(body, '$.objection.state', 'answered')
WHERE kind = 'objection.update' AND json_extract(body, '$.objection.state') IN ('corrected', 'noError');
