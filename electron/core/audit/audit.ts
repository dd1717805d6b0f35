import { valuesPlaceholders } from '../db/connection';
import type { Tx } from '../db/database';

export interface AuditEntry {
  actor: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
}

/** Records per INSERT: 6 parameters each, far under SQLite's bound. */
const BATCH = 1000;

/** Appends to the audit log inside the caller's transaction: the record and the change land together. */
export async function appendAudit(tx: Tx, e: AuditEntry): Promise<void> {
  await appendAudits(tx, [e]);
}

/** Appends records in order with multi-row INSERTs (an import writes one per entry). */
export async function appendAudits(tx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += BATCH) {
    const batch = entries.slice(start, start + BATCH);
    await tx.run(
      `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, summary) VALUES ${valuesPlaceholders(batch.length, 6)}`,
      batch.flatMap((e) => [e.at, e.actor, e.action, e.entityType, e.entityId, e.summary]),
    );
  }
}
