-- One vocabulary for objections: the provider's answer (corrected or noError) leaves an objection
-- `answered`, and an extension is its own step with its reason in `extension`, no longer an answer
-- `extend`. Stored objections and the feed's objection changes are rewritten so nothing is lost.

UPDATE objections
SET body = json_remove(
  json_set(body, '$.extension', json_object('note', json_extract(body, '$.answer.note'), 'at', json_extract(body, '$.answer.answeredAt'))),
  '$.answer')
WHERE json_extract(body, '$.answer.answer') = 'extend';

UPDATE objections
SET state = 'answered', body = json_set(body, '$.state', 'answered')
WHERE state IN ('corrected', 'noError');

UPDATE feed
SET body = json_remove(
  json_set(body, '$.objection.extension', json_object('note', json_extract(body, '$.objection.answer.note'), 'at', json_extract(body, '$.objection.answer.answeredAt'))),
  '$.objection.answer')
WHERE kind = 'objection.update' AND json_extract(body, '$.objection.answer.answer') = 'extend';

UPDATE feed
SET body = json_set(body, '$.objection.state', 'answered')
WHERE kind = 'objection.update' AND json_extract(body, '$.objection.state') IN ('corrected', 'noError');
