-- The history of each share request, one row per step as it happened (submission, decisions,
-- delivery, escalation, statements, rulings, renewal, suspension, expiry): what the reviewer
-- decides with in view. Requests stored before it get the steps their body still tells.
CREATE TABLE request_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  actor TEXT NOT NULL,
  note TEXT,
  at TEXT NOT NULL
);
CREATE INDEX request_events_by_request ON request_events (request_id, seq);

INSERT INTO request_events (request_id, kind, actor, note, at)
SELECT id, kind, actor, note, at FROM (
  SELECT id, 'submitted' AS kind, 'requester' AS actor, NULL AS note, json_extract(body, '$.submittedAt') AS at, 1 AS o FROM requests
  UNION ALL
  SELECT id, CASE json_extract(body, '$.decision.decision') WHEN 'approve' THEN 'approved' ELSE 'rejected' END,
         json_extract(body, '$.decision.by'), json_extract(body, '$.decision.reason'), json_extract(body, '$.decision.decidedAt'), 2
    FROM requests WHERE json_extract(body, '$.decision.decidedAt') IS NOT NULL
  UNION ALL
  SELECT id, 'delivered', 'provider', NULL, json_extract(body, '$.deliveredAt'), 3 FROM requests WHERE json_extract(body, '$.deliveredAt') IS NOT NULL
  UNION ALL
  SELECT id, 'escalated', 'requester', json_extract(body, '$.escalation.reason'), json_extract(body, '$.escalation.escalatedAt'), 4
    FROM requests WHERE json_extract(body, '$.escalation.escalatedAt') IS NOT NULL
  UNION ALL
  SELECT id, 'statement', 'provider', json_extract(body, '$.providerStatement.text'), json_extract(body, '$.providerStatement.at'), 5
    FROM requests WHERE json_extract(body, '$.providerStatement.at') IS NOT NULL
  UNION ALL
  SELECT id, CASE json_extract(body, '$.ruling.outcome') WHEN 'orderShare' THEN 'ruledShare' ELSE 'ruledRefusal' END, 'authority',
         json_extract(body, '$.ruling.reasoning'), json_extract(body, '$.ruling.ruledAt'), 6
    FROM requests WHERE json_extract(body, '$.ruling.ruledAt') IS NOT NULL
)
WHERE at IS NOT NULL
ORDER BY at, o;
