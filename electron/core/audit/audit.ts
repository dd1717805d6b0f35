import type { Tx } from '../db/database';

export interface AuditEntry {
  actor: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
}

/** Appends to the audit log inside the caller's transaction: the record and the change land together. */
export async function appendAudit(tx: Tx, e: AuditEntry): Promise<void> {
  await tx.run(
    'INSERT INTO audit_log (at, actor, action, entity_type, entity_id, summary) VALUES (?, ?, ?, ?, ?, ?)',
    [e.at, e.actor, e.action, e.entityType, e.entityId, e.summary],
  );
}
